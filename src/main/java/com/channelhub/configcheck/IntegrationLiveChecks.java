package com.channelhub.configcheck;

import static com.channelhub.configcheck.CheckResult.fail;
import static com.channelhub.configcheck.CheckResult.pass;
import static com.channelhub.configcheck.CheckResult.warn;

import java.util.ArrayList;
import java.util.List;

import com.channelhub.integration.HealthStatus;
import com.channelhub.integration.HealthView;
import com.channelhub.integration.IntegrationHealth;
import com.channelhub.integration.IntegrationRepository;
import com.channelhub.integration.IntegrationStatus;
import com.channelhub.integration.PlatformIntegration;
import com.channelhub.project.Project;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A live call per connected integration with its own credentials (Shopify's {@code shop} query, an SP-API call
 * after an LWA refresh), through the same health-check routes as the schedule. It runs on a running hub only: a
 * separate process refreshing tokens would rotate Shopify's refresh tokens under the hub's feet.
 */
@Component
class IntegrationLiveChecks {

    private final IntegrationRepository integrations;
    private final IntegrationHealth health;
    private final TransactionTemplate transactions;

    IntegrationLiveChecks(IntegrationRepository integrations, IntegrationHealth health, TransactionTemplate transactions) {
        this.integrations = integrations;
        this.health = health;
        this.transactions = transactions;
    }

    private record Subject(PlatformIntegration integration, String area, String check) {
    }

    /** @param project only this project's integrations, or every project's when null */
    List<CheckResult> run(Project project) {
        List<Subject> subjects = transactions.execute(tx -> (project == null ? integrations.findAll()
                        : integrations.findByProjectOrderByCreatedAtAsc(project)).stream()
                .map(i -> new Subject(i, i.getPlatform() + " " + i.getExternalAccount(), "project " + i.getProject().getSlug()))
                .toList());
        List<CheckResult> results = new ArrayList<>();
        for (Subject subject : subjects) {
            PlatformIntegration integration = subject.integration();
            String area = subject.area();
            String check = subject.check();
            if (integration.getStatus() == IntegrationStatus.NEEDS_REAUTH) {
                results.add(fail(area, check, "needs re-authorization: " + integration.getStatusReason(),
                        "have the merchant connect it again from the console"));
            } else if (integration.getStatus() == IntegrationStatus.CONNECTED) {
                results.add(probe(area, check, integration));
            }
        }
        if (results.isEmpty()) {
            results.add(warn("Integrations", "live checks", "no connected integration to call",
                    "connect a store or seller, then run the check again to prove their credentials"));
        }
        return results;
    }

    private CheckResult probe(String area, String check, PlatformIntegration integration) {
        HealthView result = health.checkNow(integration);
        if (result.health() == HealthStatus.HEALTHY) {
            return pass(area, check, result.message());
        }
        return fail(area, check, result.message(), "see the integration's page in the console; reconnect it if the "
                + "platform refuses its credentials");
    }
}
