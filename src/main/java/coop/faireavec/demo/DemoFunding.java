package coop.faireavec.demo;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.funding.Account;
import coop.faireavec.funding.BudgetLineDetails;
import coop.faireavec.funding.Funder;
import coop.faireavec.funding.FunderDetails;
import coop.faireavec.funding.FunderKind;
import coop.faireavec.funding.FundingService;
import coop.faireavec.funding.GrantDetails;
import coop.faireavec.funding.GrantStatus;
import coop.faireavec.funding.SpendingDetails;
import coop.faireavec.security.Viewer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The demo's funding round, from the seeds: the Fondation de France's "démarches participatives" call, the
 * Conseil départemental d'Ille-et-Vilaine, Rennes Métropole and the CIAS à l'Ouest de Rennes granted; a LEADER
 * application through the Pays de Rennes still pending. A balanced planned budget for phases 1 and 2, some
 * spending in phase 1, and the hourly value of time given. Recorded through {@link FundingService}, as a carrier
 * would.
 */
@Component
public class DemoFunding {

    private final FundingService funding;
    private final Clock clock;

    DemoFunding(FundingService funding, Clock clock) {
        this.funding = funding;
        this.clock = clock;
    }

    /**
     * Records the funding round of one experimentation.
     *
     * @param experimentationId a running experimentation
     * @param carrier one of its carriers (who records it all)
     */
    public void seed(long experimentationId, Viewer carrier) {
        seed(experimentationId, carrier, LocalDate.now(clock));
    }

    /**
     * Records the funding round of one experimentation, dated as if today were this day (the seeder records it while
     * its clock is months back).
     *
     * @param experimentationId a running experimentation
     * @param carrier one of its carriers (who records it all)
     * @param today the day the round's dates count back from
     */
    void seed(long experimentationId, Viewer carrier, LocalDate today) {
        long id = experimentationId;
        Funder fdf = funder(carrier, id, "Fondation de France", FunderKind.PRIVATE);
        Funder cd35 = funder(carrier, id, "Conseil départemental d'Ille-et-Vilaine", FunderKind.DEPARTEMENT);
        Funder rm = funder(carrier, id, "Rennes Métropole", FunderKind.INTERCOMMUNALITY);
        Funder cias = funder(carrier, id, "CIAS à l'Ouest de Rennes", FunderKind.SOCIAL_BODY);
        Funder pays = funder(carrier, id, "Pays de Rennes (programme LEADER)", FunderKind.EUROPEAN_FUNDS);

        LocalDate submitted = today.minusMonths(5);
        LocalDate decided = today.minusMonths(2);
        grant(
                carrier,
                id,
                fdf,
                "Appel à projets « Démarches participatives »",
                "40000",
                submitted,
                decided,
                "35000",
                "Bilan intermédiaire à mi-parcours et bilan final ; mention de la Fondation sur les documents.");
        grant(
                carrier,
                id,
                cd35,
                "Action sociale de proximité",
                "15000",
                submitted,
                decided,
                "12000",
                "Présence d'un agent du CDAS au comité d'appui et de suivi.");
        grant(
                carrier,
                id,
                rm,
                "Cohésion sociale et lutte contre les discriminations",
                "8000",
                submitted,
                decided,
                "8000",
                null);
        grant(carrier, id, cias, "Soutien aux projets d'action sociale", "3000", submitted, decided, "3000", null);
        funding.addGrant(
                carrier,
                id,
                new GrantDetails(
                        pays.getId(),
                        "Fonds LEADER : enveloppe complémentaire",
                        new BigDecimal("12000.00"),
                        today.minusMonths(1),
                        GrantStatus.SUBMITTED,
                        null,
                        null,
                        null));

        // phase 1: 21,500 of charges + 1,500 of time given = 21,500 of grants + 1,500 of time given
        Phase p1 = Phase.SHARED_DIAGNOSIS;
        line(carrier, id, p1, Account.STAFF, null, "18000", "Animation et recherche-action (collège coopératif)");
        line(carrier, id, p1, Account.OTHER_EXTERNAL_SERVICES, null, "2500", "Déplacements, location de salles");
        line(carrier, id, p1, Account.PURCHASES, null, "1000", "Fournitures, goûters des rencontres");
        line(carrier, id, p1, Account.IN_KIND_VOLUNTEER_STAFF, null, "1500", "Temps donné aux rencontres");
        line(carrier, id, p1, Account.GRANT_PRIVATE, fdf, "12000", null);
        line(carrier, id, p1, Account.GRANT_DEPARTEMENT, cd35, "5000", null);
        line(carrier, id, p1, Account.GRANT_INTERCOMMUNALITY, rm, "3000", null);
        line(carrier, id, p1, Account.GRANT_SOCIAL_BODY, cias, "1500", null);
        line(carrier, id, p1, Account.IN_KIND_VOLUNTEERING, null, "1500", "Temps donné aux rencontres");
        // phase 2: 20,000 of charges + 1,000 of time given = 20,000 of grants + 1,000 of time given
        Phase p2 = Phase.ACTION_LEADS;
        line(carrier, id, p2, Account.STAFF, null, "17000", "Animation et recherche-action (collège coopératif)");
        line(carrier, id, p2, Account.OTHER_EXTERNAL_SERVICES, null, "2000", "Déplacements, location de salles");
        line(carrier, id, p2, Account.PURCHASES, null, "1000", "Fournitures, goûters des rencontres");
        line(carrier, id, p2, Account.IN_KIND_VOLUNTEER_STAFF, null, "1000", "Temps donné aux rencontres");
        line(carrier, id, p2, Account.GRANT_PRIVATE, fdf, "12000", null);
        line(carrier, id, p2, Account.GRANT_DEPARTEMENT, cd35, "3500", null);
        line(carrier, id, p2, Account.GRANT_INTERCOMMUNALITY, rm, "3000", null);
        line(carrier, id, p2, Account.GRANT_SOCIAL_BODY, cias, "1500", null);
        line(carrier, id, p2, Account.IN_KIND_VOLUNTEERING, null, "1000", "Temps donné aux rencontres");

        spend(carrier, id, today.minusWeeks(3), "3150.00", Account.STAFF, fdf, "Animation : premier mois");
        spend(
                carrier,
                id,
                today.minusWeeks(2),
                "180.50",
                Account.OTHER_EXTERNAL_SERVICES,
                cd35,
                "Salle de la rencontre de lancement");
        spend(
                carrier,
                id,
                today.minusWeeks(2),
                "64.30",
                Account.PURCHASES,
                cias,
                "Goûter de la rencontre de lancement");
        spend(carrier, id, today.minusWeeks(1), "25.90", Account.PURCHASES, null, "Feutres et grandes feuilles");

        // the SMIC horaire brut, a common value for time given
        funding.setHourlyValue(carrier, id, 0, new BigDecimal("11.88"));
    }

    private Funder funder(Viewer carrier, long id, String name, FunderKind kind) {
        return funding.addFunder(carrier, id, new FunderDetails(name, kind));
    }

    private void grant(
            Viewer carrier,
            long id,
            Funder funder,
            String programme,
            String asked,
            LocalDate submitted,
            LocalDate decided,
            String granted,
            String conditions) {
        funding.addGrant(
                carrier,
                id,
                new GrantDetails(
                        funder.getId(),
                        programme,
                        new BigDecimal(asked),
                        submitted,
                        GrantStatus.GRANTED,
                        decided,
                        new BigDecimal(granted),
                        conditions));
    }

    private void line(
            Viewer carrier, long id, Phase phase, Account account, Funder funder, String planned, String note) {
        funding.addBudgetLine(
                carrier,
                id,
                new BudgetLineDetails(
                        phase, account, funder == null ? null : funder.getId(), new BigDecimal(planned), note));
    }

    private void spend(
            Viewer carrier, long id, LocalDate on, String amount, Account account, Funder funder, String note) {
        funding.addSpending(
                carrier,
                id,
                new SpendingDetails(
                        on,
                        new BigDecimal(amount),
                        account,
                        Phase.SHARED_DIAGNOSIS,
                        funder == null ? null : funder.getId(),
                        note));
    }
}
