package coop.faireavec;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FaireAvecApplication {

    public static void main(String[] args) {
        SpringApplication.run(FaireAvecApplication.class, args);
    }
}
