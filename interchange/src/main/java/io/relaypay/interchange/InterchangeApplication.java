package io.relaypay.interchange;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The interchange server: merchants' API, hosted checkout, webhooks and the admin API. */
@SpringBootApplication
public class InterchangeApplication {

    /** Starts the server; see {@code ./relaypay serve --help}. */
    public static void main(String[] args) {
        SpringApplication.run(InterchangeApplication.class, args);
    }
}
