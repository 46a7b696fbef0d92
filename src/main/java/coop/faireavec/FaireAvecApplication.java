package coop.faireavec;

import coop.faireavec.setup.AdminCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FaireAvecApplication {

    /**
     * Serves the platform; with {@code --faireavec.admin.create=USERNAME}, creates that administrator instead and
     * exits ({@link AdminCommandLine}: exit code 0 when created).
     */
    public static void main(String[] args) {
        if (AdminCommandLine.requested(args)) {
            System.exit(SpringApplication.exit(AdminCommandLine.start(FaireAvecApplication.class, args)));
        }
        SpringApplication.run(FaireAvecApplication.class, args);
    }
}
