package com.channelhub.amazon;

import java.util.Comparator;

import com.channelhub.config.HubProperties;
import com.channelhub.connector.amazon.AmazonSpCredentialsProvider;
import com.channelhub.connector.amazon.client.SellerCredentials;
import com.channelhub.integration.IntegrationCredentialStore;
import com.channelhub.integration.IntegrationRepository;
import com.channelhub.integration.IntegrationStatus;
import com.channelhub.integration.PlatformIntegration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The LWA credentials of each seller for the {@code amazon-sp} connector: the application's client id and secret,
 * and the seller's refresh token from the encrypted credential store. The connector caches access tokens per seller
 * and refreshes them itself (before expiry, on 401/403, one refresh at a time).
 */
@Component
public class AmazonSellerCredentials implements AmazonSpCredentialsProvider {

    public static final String REFRESH_TOKEN = "refreshToken";

    private final IntegrationRepository integrations;
    private final IntegrationCredentialStore credentials;
    private final TransactionTemplate transactions;
    private final HubProperties.Amazon amazon;

    public AmazonSellerCredentials(IntegrationRepository integrations, IntegrationCredentialStore credentials,
            TransactionTemplate transactions, HubProperties properties) {
        this.integrations = integrations;
        this.credentials = credentials;
        this.transactions = transactions;
        this.amazon = properties.amazon();
    }

    @Override
    public SellerCredentials credentialsFor(String sellerId) {
        String refreshToken = transactions.execute(status -> integrations.findByPlatformAndExternalAccount("AMAZON", sellerId)
                .stream()
                .filter(i -> i.hasCredentials() && i.getStatus() != IntegrationStatus.DISCONNECTED)
                .max(Comparator.comparing(PlatformIntegration::getUpdatedAt))
                .map(i -> credentials.read(i).get(REFRESH_TOKEN))
                .orElse(null));
        return refreshToken == null ? null
                : new SellerCredentials(sellerId, amazon.clientId(), amazon.clientSecret(), refreshToken);
    }
}
