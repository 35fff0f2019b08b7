package com.channelhub.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.channelhub.catalog.CatalogService;
import com.channelhub.catalog.ChannelProductRepository;
import com.channelhub.connector.CatalogProduct;
import com.channelhub.integration.IntegrationRepository;
import com.channelhub.platform.ConnectorRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.transaction.support.TransactionTemplate;

/** The streamed pull (a split over a listings report or a bulk export), as the amazon-listings-pull route runs it. */
class ProductPullsTest {

    private final SyncRunService runs = mock(SyncRunService.class);
    private final CatalogService catalog = mock(CatalogService.class);
    private final UUID integrationId = UUID.randomUUID();
    private final UUID runId = UUID.randomUUID();
    private CamelContext camel;

    @BeforeEach
    void setUp() throws Exception {
        ProductPulls pulls = new ProductPulls(runs, catalog, mock(IntegrationRepository.class),
                mock(ChannelProductRepository.class), mock(TransactionTemplate.class), Clock.systemUTC(), 10_000,
                new ConnectorRegistry(List.of()));
        SyncRun run = new SyncRun(integrationId, SyncRunKind.PRODUCT_PULL, SyncTrigger.MANUAL, Instant.now());
        when(runs.find(runId)).thenReturn(Optional.of(run));
        camel = new DefaultCamelContext();
        camel.getRegistry().bind("productPulls", pulls);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:pull").bean("productPulls", "prepareAmazon")
                        .split(body()).streaming().stopOnException().bean("productPulls", "storeProduct").end()
                        .bean("productPulls", "finish");
            }
        });
        camel.start();
    }

    @AfterEach
    void tearDown() {
        camel.stop();
    }

    private void pull(int products) {
        List<CatalogProduct> listings = new ArrayList<>();
        for (int i = 0; i < products; i++) {
            listings.add(new CatalogProduct("SKU-" + i, "Listing " + i, null, "Active", null, List.of()));
        }
        camel.createProducerTemplate().sendBodyAndHeaders("direct:pull", listings.iterator(), Map.of(
                SyncLauncher.RUN_HEADER, runId.toString(), SyncLauncher.INTEGRATION_HEADER, integrationId.toString()));
    }

    @Test
    void streamedPullStoresEveryProductAndCountsThemInBatches() {
        pull(1_200);

        // an Amazon pull keeps each row's fingerprint (new and changed rows are due for the detail stage)
        verify(catalog, times(1_200)).upsert(eq(integrationId), any(), eq(false), eq(true));
        ArgumentCaptor<Integer> stored = ArgumentCaptor.forClass(Integer.class);
        verify(runs, times(3)).count(eq(runId), stored.capture(), eq(0));
        assertThat(stored.getAllValues()).containsExactly(500, 500, 200);
        verify(runs).finish(eq(runId), eq(SyncRunStatus.SUCCEEDED), any());
    }

    @Test
    void cancelSeenDuringAStreamedPullStopsStoringAndEndsTheRunCancelled() {
        when(runs.count(eq(runId), anyInt(), anyInt())).thenReturn(true);

        pull(1_200);

        verify(catalog, times(ProductPulls.STREAM_PROGRESS_EVERY)).upsert(eq(integrationId), any(), eq(false), eq(true));
        verify(runs).finish(eq(runId), eq(SyncRunStatus.CANCELLED), anyString());
    }

    @Test
    void cancelRequestedAfterTheLastProductStillEndsTheRunCancelled() {
        runs.find(runId).orElseThrow().requestCancel();

        pull(10);

        verify(runs).finish(eq(runId), eq(SyncRunStatus.CANCELLED), anyString());
    }
}
