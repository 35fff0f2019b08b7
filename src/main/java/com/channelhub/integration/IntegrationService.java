package com.channelhub.integration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.channelhub.api.ApiProblem;
import com.channelhub.api.ApiProblem.FieldError;
import com.channelhub.api.RequestValidation;
import com.channelhub.platform.ConnectorRegistry;
import com.channelhub.platform.PlatformConnector;
import com.channelhub.project.Project;
import org.quartz.CronExpression;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, changing and disconnecting a project's integrations. */
@Service
public class IntegrationService {

    private final IntegrationRepository integrations;
    private final IntegrationCredentialStore credentialStore;
    private final ConnectorRegistry platforms;
    private final RequestValidation validation;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    public IntegrationService(IntegrationRepository integrations, IntegrationCredentialStore credentialStore,
            ConnectorRegistry platforms, RequestValidation validation,
            org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.integrations = integrations;
        this.credentialStore = credentialStore;
        this.platforms = platforms;
        this.validation = validation;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<IntegrationView> list(Project project) {
        return integrations.findByProjectOrderByCreatedAtAsc(project).stream().map(IntegrationView::of).toList();
    }

    @Transactional(readOnly = true)
    public IntegrationView get(Project project, UUID id) {
        return IntegrationView.of(require(project, id));
    }

    /**
     * Creates an integration, or reconnects one the project disconnected earlier (same platform and account).
     * A live integration for the same account is a conflict.
     */
    @Transactional
    public IntegrationView create(Project project, CreateIntegrationRequest request) {
        List<FieldError> errors = new ArrayList<>(validation.violations(request));
        if (request.platform() == null || request.externalAccount() == null) {
            throw ApiProblem.invalid(errors);
        }
        String platform = request.platform().trim().toUpperCase(Locale.ROOT);
        PlatformConnector connector = platforms.find(platform).orElse(null);
        String account = connector == null ? request.externalAccount().trim()
                : connector.normalizeAccount(request.externalAccount());
        if (connector == null) {
            errors.add(new FieldError("platform", "'" + request.platform() + "' is not enabled on this hub; enabled: "
                    + String.join(", ", platforms.configuredPlatforms())));
        } else if (!connector.configuration().isConfigured()) {
            errors.add(new FieldError("platform", "'" + platform + "' is not enabled on this hub: set "
                    + String.join(", ", connector.configuration().missingVariables())));
        } else {
            errors.addAll(connector.checkAccount(account, request.region(), request.marketplaceIds()));
        }
        SyncSettings sync = mergeSync(SyncSettings.defaults(), request.sync(), errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        Instant now = clock.instant();
        PlatformIntegration integration = integrations.findByProjectAndPlatformAndExternalAccount(project, platform, account)
                .map(existing -> reconnect(existing, now))
                .orElseGet(() -> new PlatformIntegration(project, platform, account, now));
        integration.describe(request.displayName(), request.region(), request.marketplaceIds(), now);
        integration.changeSyncSettings(sync, now);
        if (request.credentials() != null && !request.credentials().isEmpty()) {
            credentialStore.store(integration, request.credentials(), null);
        }
        return changed(integrations.saveAndFlush(integration));
    }

    private PlatformIntegration reconnect(PlatformIntegration existing, Instant now) {
        if (existing.getStatus() != IntegrationStatus.DISCONNECTED) {
            throw ApiProblem.conflict("Project already has a " + existing.getPlatform() + " integration for "
                    + existing.getExternalAccount() + " (id " + existing.getId() + ").");
        }
        existing.changeStatus(IntegrationStatus.PENDING, null, now);
        return existing;
    }

    @Transactional
    public IntegrationView update(Project project, UUID id, UpdateIntegrationRequest request) {
        PlatformIntegration integration = require(project, id);
        if (integration.getStatus() == IntegrationStatus.DISCONNECTED) {
            throw ApiProblem.conflict("Integration " + id + " is disconnected; create it again to reconnect.");
        }
        List<FieldError> errors = new ArrayList<>(validation.violations(request));
        if (request.marketplaceIds() != null) {
            errors.addAll(platforms.find(integration.getPlatform())
                    .map(connector -> connector.checkMarketplaces(request.marketplaceIds()))
                    .orElse(List.of(new FieldError("marketplaceIds", "the integration's platform "
                            + integration.getPlatform() + " is no longer on this hub"))));
        }
        SyncSettings sync = mergeSync(integration.getSyncSettings(), request.sync(), errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        Instant now = clock.instant();
        integration.describe(request.displayName() != null ? request.displayName() : integration.getDisplayName(),
                integration.getRegion(),
                request.marketplaceIds() != null ? request.marketplaceIds() : integration.getMarketplaceIds(), now);
        integration.changeSyncSettings(sync, now);
        if (request.inventoryLocationId() != null) {
            integration.changeInventoryLocation(request.inventoryLocationId().isBlank() ? null
                    : request.inventoryLocationId().strip(), now);
        }
        return changed(integrations.saveAndFlush(integration));
    }

    private IntegrationView changed(PlatformIntegration integration) {
        events.publishEvent(new IntegrationChanged(integration.getId()));
        return IntegrationView.of(integration);
    }

    /** Soft delete: the row stays for history, the credentials are wiped and nothing runs for it any more. */
    @Transactional
    public IntegrationView disconnect(Project project, UUID id, String reason) {
        PlatformIntegration integration = require(project, id);
        Instant now = clock.instant();
        integration.wipeCredentials(now);
        integration.changeStatus(IntegrationStatus.DISCONNECTED, reason, now);
        integration.changeSyncSettings(new SyncSettings(false, integration.getSyncSettings().intervalMinutes(),
                integration.getSyncSettings().cron()), now);
        return changed(integrations.saveAndFlush(integration));
    }

    /** The integrations, across projects, that are connected to one platform account and not disconnected. */
    @Transactional(readOnly = true)
    public List<UUID> liveIntegrationIds(String platform, String externalAccount) {
        return integrations.findByPlatformAndExternalAccount(platform, externalAccount).stream()
                .filter(i -> i.getStatus() != IntegrationStatus.DISCONNECTED)
                .map(PlatformIntegration::getId)
                .toList();
    }

    /**
     * The live integrations of a platform account whose inventory location is {@code locationId} or not set (the
     * shop's primary location, which an inventory webhook does not name as such).
     */
    @Transactional(readOnly = true)
    public List<UUID> liveIntegrationIdsAtLocation(String platform, String externalAccount, String locationId) {
        return integrations.findByPlatformAndExternalAccount(platform, externalAccount).stream()
                .filter(i -> i.getStatus() != IntegrationStatus.DISCONNECTED)
                .filter(i -> i.getInventoryLocationId() == null || locationId == null
                        || i.getInventoryLocationId().equals(locationId))
                .map(PlatformIntegration::getId)
                .toList();
    }

    /** Every integration of a platform account, disconnected ones included (for data erasure). */
    @Transactional(readOnly = true)
    public List<UUID> allIntegrationIds(String platform, String externalAccount) {
        return integrations.findByPlatformAndExternalAccount(platform, externalAccount).stream()
                .map(PlatformIntegration::getId)
                .toList();
    }

    /** The platform ended the grant (app uninstalled, data erased): credentials wiped, schedules stopped. */
    @Transactional
    public void disconnectByPlatform(UUID integrationId, String reason) {
        integrations.findById(integrationId).ifPresent(integration -> {
            Instant now = clock.instant();
            integration.wipeCredentials(now);
            integration.changeStatus(IntegrationStatus.DISCONNECTED, reason, now);
            integration.changeSyncSettings(new SyncSettings(false, integration.getSyncSettings().intervalMinutes(),
                    integration.getSyncSettings().cron()), now);
            events.publishEvent(new IntegrationChanged(integrationId));
        });
    }

    public PlatformIntegration require(Project project, UUID id) {
        return integrations.findByIdAndProject(id, project)
                .orElseThrow(() -> ApiProblem.notFound("No integration " + id + " in project " + project.getSlug() + "."));
    }

    private static SyncSettings mergeSync(SyncSettings current, SyncSettingsRequest request, List<FieldError> errors) {
        if (request == null) {
            return current;
        }
        boolean enabled = request.enabled() != null ? request.enabled() : current.enabled();
        Integer interval = current.intervalMinutes();
        String cron = current.cron();
        if (request.intervalMinutes() != null && request.cron() != null && !request.cron().isBlank()) {
            errors.add(new FieldError("sync", "give intervalMinutes or cron, not both"));
            return current;
        }
        if (request.intervalMinutes() != null) {
            interval = request.intervalMinutes();
            cron = null;
        } else if (request.cron() != null && !request.cron().isBlank()) {
            if (!CronExpression.isValidExpression(request.cron())) {
                errors.add(new FieldError("sync.cron", "is not a valid Quartz cron expression, e.g. '0 0/30 * * * ?'"));
                return current;
            }
            cron = request.cron().trim();
            interval = null;
        }
        return new SyncSettings(enabled, interval, cron);
    }
}
