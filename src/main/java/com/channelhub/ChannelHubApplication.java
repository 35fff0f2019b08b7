package com.channelhub;

import com.channelhub.configcheck.ConfigCheckCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

@SpringBootApplication
@ConfigurationPropertiesScan
// after-commit work that must not run on the committing thread (see SyncSchedules)
@EnableAsync
// camel-jpa's MessageProcessed entity backs the persistent idempotent repository
@EntityScan(basePackages = {"com.channelhub", "org.apache.camel.processor.idempotent.jpa"})
public class ChannelHubApplication {

    public static void main(String[] args) {
        if (ConfigCheckCommand.requested(args)) {
            System.exit(ConfigCheckCommand.run(args, System.out));
        }
        SpringApplication.run(ChannelHubApplication.class, args);
    }
}
