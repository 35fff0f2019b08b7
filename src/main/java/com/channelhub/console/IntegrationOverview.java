package com.channelhub.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.channelhub.integration.IntegrationService;
import com.channelhub.integration.IntegrationView;
import com.channelhub.platform.Capability;
import com.channelhub.platform.ConnectorRegistry;
import com.channelhub.platform.ConsoleInstall;
import com.channelhub.platform.PlatformConnector;
import com.channelhub.project.Project;
import com.channelhub.sync.SyncRunKind;
import com.channelhub.sync.SyncRunService;
import com.channelhub.sync.SyncRunView;
import com.channelhub.sync.SyncSchedules;
import org.springframework.stereotype.Component;

/**
 * Reads what the console shows about integrations: each one with its last sync and its schedule, the schedule as
 * the clustered scheduler holds it ({@link SyncSchedules#describe}, the source of the API's {@code nextSync}).
 */
@Component
class IntegrationOverview {

    static final int HISTORY_SIZE = 50;

    private final IntegrationService integrations;
    private final SyncRunService runs;
    private final SyncSchedules schedules;
    private final ConnectorRegistry platforms;
    private final ConsoleFormat format;

    IntegrationOverview(IntegrationService integrations, SyncRunService runs, SyncSchedules schedules,
            ConnectorRegistry platforms, ConsoleFormat format) {
        this.integrations = integrations;
        this.runs = runs;
        this.schedules = schedules;
        this.platforms = platforms;
        this.format = format;
    }

    /** One row of the dashboard. */
    record Row(IntegrationView integration, SyncRunView lastSync, String schedule) {
    }

    /**
     * What an integration's page offers, as its platform's connector declares it, so a new platform gets the right
     * page without template changes.
     *
     * @param pulls           the hub pulls the platform's catalog (Pull now)
     * @param pullsChanges    it can pull only what changed (an incremental pull is not a full one in disguise)
     * @param reconnectPath   the console page that connects the account again, or null when the platform has none
     * @param connectedNotice what the page says once an account was just connected
     */
    record PlatformOffer(boolean pulls, boolean pullsChanges, String reconnectPath, String connectedNotice) {
    }

    /** A point of the history chart: when a run started, how long it took, how many items it handled. */
    record ChartPoint(long startedAt, double durationSeconds, int items) {
    }

    List<Row> rows(Project project) {
        Instant now = Instant.now();
        return integrations.list(project).stream()
                .map(this::withNextSync)
                .map(i -> new Row(i, lastPull(i.id()), SyncSchedule.describe(i, format, now)))
                .toList();
    }

    SyncRunView lastPull(UUID integrationId) {
        return pulls(integrationId).stream().findFirst().orElse(null);
    }

    /** The latest product pulls, newest first. */
    List<SyncRunView> pulls(UUID integrationId) {
        return runs.history(integrationId, 0, HISTORY_SIZE).getContent().stream()
                .filter(r -> r.kind() == SyncRunKind.PRODUCT_PULL).toList();
    }

    /** Every kind of run, newest first (pulls, price pushes, …). */
    List<SyncRunView> history(UUID integrationId) {
        return runs.history(integrationId, 0, HISTORY_SIZE).getContent();
    }

    /** Finished runs oldest first, for the chart of duration and items per run. */
    static List<ChartPoint> chart(List<SyncRunView> history) {
        List<ChartPoint> points = new ArrayList<>();
        history.stream().filter(r -> r.finishedAt() != null)
                .sorted(Comparator.comparing(SyncRunView::startedAt))
                .forEach(r -> points.add(new ChartPoint(r.startedAt().getEpochSecond(),
                        java.time.Duration.between(r.startedAt(), r.finishedAt()).toMillis() / 1000.0,
                        r.processedItems() + r.failedItems())));
        return points;
    }

    /** The integration with its sync trigger as the scheduler holds it now, as the API shows it. */
    private IntegrationView withNextSync(IntegrationView integration) {
        return integration.withNextSync(schedules.describe(integration.id()));
    }

    /** The next sync, worded; reads the scheduler. */
    String schedule(IntegrationView integration) {
        return SyncSchedule.describe(withNextSync(integration), format, Instant.now());
    }

    PlatformOffer offer(IntegrationView integration) {
        String platform = integration.platform();
        Optional<ConsoleInstall> install = platforms.find(platform).flatMap(PlatformConnector::consoleInstall);
        return new PlatformOffer(platforms.pullEndpoint(platform, false).isPresent(),
                platforms.supports(platform, Capability.CATALOG_PULL_INCREMENTAL),
                install.map(ConsoleInstall::path).orElse(null),
                install.map(ConsoleInstall::connected).orElse(format.platform(platform) + " account connected."));
    }

    static Map<String, Object> progress(SyncRunView run) {
        if (run == null) {
            return Map.of("run", Map.of());
        }
        return Map.of("run", run);
    }
}
