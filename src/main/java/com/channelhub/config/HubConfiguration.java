package com.channelhub.config;

import java.time.Clock;

import com.channelhub.crypto.CredentialCipher;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import org.apache.camel.component.jpa.JpaComponent;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HubConfiguration {

    @Bean
    HubSettings hubSettings(HubProperties properties, @Value("${spring.datasource.url:}") String datasourceUrl) {
        return new HubConfigurationValidator(properties, datasourceUrl).validate();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * On PostgreSQL, no statement waits forever for a lock and no transaction stays open forever: camel-jpa 4.17
     * locks polled rows without a timeout (CAMEL-27025), so a lost session must not stall the other consumers.
     */
    @Bean
    static BeanPostProcessor postgresSessionTimeouts() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource dataSource && dataSource.getJdbcUrl() != null
                        && dataSource.getJdbcUrl().startsWith("jdbc:postgresql:")) {
                    dataSource.setConnectionInitSql(
                            "SET lock_timeout = '10s'; SET idle_in_transaction_session_timeout = '5min'");
                }
                return bean;
            }
        };
    }

    /**
     * camel-jpa on the application's persistence unit and its transactions (the webhook inbox). Given to the
     * component when it is built: bound later from {@code camel.component.jpa.*}, the factory arrives after the
     * component's initialisation, which then warns that every endpoint will create a factory of its own.
     */
    @Bean("jpa")
    JpaComponent jpaComponent(EntityManagerFactory entityManagerFactory) {
        JpaComponent component = new JpaComponent();
        component.setEntityManagerFactory(entityManagerFactory);
        return component;
    }

    @Bean
    CredentialCipher credentialCipher(HubSettings settings) {
        return new CredentialCipher(settings.keyRing());
    }
}
