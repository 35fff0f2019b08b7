package com.channelhub.sync;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.channelhub.api.ApiProblem;
import com.channelhub.api.ApiProblem.FieldError;
import com.channelhub.integration.IntegrationRepository;
import com.channelhub.integration.IntegrationStatus;
import com.channelhub.integration.PlatformIntegration;
import com.channelhub.platform.Capability;
import com.channelhub.platform.ConnectorRegistry;
import com.channelhub.platform.Endpoints;
import com.channelhub.platform.PlatformConnector;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

class SyncLauncherTest {

    /** A platform that only takes prices. */
    private static final PlatformConnector PRICES_ONLY = new PlatformConnector() {
        @Override
        public String platform() {
            return "PRICESONLY";
        }

        @Override
        public String displayName() {
            return "Prices only";
        }

        @Override
        public Endpoints endpoints() {
            return new Endpoints().with(Capability.PRICE_PUSH, "direct:prices-only-price-push");
        }

        @Override
        public List<FieldError> checkAccount(String externalAccount, String region, List<String> marketplaceIds) {
            return List.of();
        }
    };

    @Test
    void aPullOfAPlatformThatPullsNoCatalogIsRefusedBeforeARunIsRecorded() {
        SyncRunService runs = mock(SyncRunService.class);
        IntegrationRepository integrations = mock(IntegrationRepository.class);
        ProducerTemplate producer = mock(ProducerTemplate.class);
        UUID id = UUID.randomUUID();
        PlatformIntegration integration = mock(PlatformIntegration.class);
        when(integration.getPlatform()).thenReturn("PRICESONLY");
        when(integration.getStatus()).thenReturn(IntegrationStatus.CONNECTED);
        when(integration.hasCredentials()).thenReturn(true);
        when(integrations.findById(id)).thenReturn(Optional.of(integration));
        SyncLauncher launcher = new SyncLauncher(runs, integrations, producer, new ConnectorRegistry(List.of(PRICES_ONLY)));

        assertThatThrownBy(() -> launcher.launchProductPull(id, SyncTrigger.MANUAL, SyncLauncher.PullMode.FULL))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> org.assertj.core.api.Assertions
                        .assertThat(problem.status()).isEqualTo(409))
                .hasMessageContaining("PRICESONLY").hasMessageContaining("UNSUPPORTED");
        verify(runs, never()).startExclusive(any(), any(), any(), anyString());
        verify(producer, never()).sendBodyAndHeaders(anyString(), any(), any());
    }
}
