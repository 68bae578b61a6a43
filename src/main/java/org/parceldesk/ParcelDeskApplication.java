package org.parceldesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ParcelDeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(ParcelDeskApplication.class, args);
    }
}
