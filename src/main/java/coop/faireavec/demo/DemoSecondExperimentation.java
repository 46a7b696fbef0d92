package coop.faireavec.demo;

import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.experimentation.NewExperimentation;
import coop.faireavec.security.Viewer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's second experimentation, on the neighbouring territory "Le Rheu et Vezin-le-Coquet", driven through the
 * services as its people did over the last five months: phases 1 and 2 done and approved by the committee (phase 1
 * after one request for more), phase 3 running with its first experiment planned. The demo accounts {@code porteur}
 * and {@code comite} sit on it too, so that the committee finds reports to read on first start. Called once by
 * {@link DemoData}, in its transaction (a second start seeds nothing).
 */
@Component
@ConditionalOnProperty(name = "faireavec.demo.enabled", havingValue = "true")
class DemoSecondExperimentation {

    static final String TERRITORY = "Le Rheu et Vezin-le-Coquet";
    static final String TITLE = "Prévenir la précarisation à l'ouest de Rennes";

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final Logger log = LoggerFactory.getLogger(DemoSecondExperimentation.class);

    private final ExperimentationService experimentations;
    private final SecondPeople people;
    private final SecondDiagnosis diagnosis;
    private final SecondLeads leads;
    private final DemoFunding funding;
    private final Clock clock;
    private final SecondMeetings time;

    DemoSecondExperimentation(
            SecondMeetings time,
            ExperimentationService experimentations,
            SecondPeople people,
            SecondDiagnosis diagnosis,
            SecondLeads leads,
            DemoFunding funding,
            Clock clock) {
        this.funding = funding;
        this.experimentations = experimentations;
        this.people = people;
        this.diagnosis = diagnosis;
        this.leads = leads;
        this.clock = clock;
        this.time = time;
    }

    /**
     * Seeds it: the administrator opens the territory and the experimentation (an administrator alone opens a new
     * territory), the carrier enrols the people and starts it, then the phases go as they went. Takes the
     * administrator and the first experimentation's id (whose département, metropolis and CDAS people take part here
     * too); returns the new experimentation's id.
     */
    long seed(Viewer admin, long firstExperimentationId) {
        long started = System.nanoTime();
        long cpuStarted = CPU.getCurrentThreadCpuTime();
        LocalDate start = LocalDate.now(clock).minusMonths(5);
        // every step, contribution and decision is stamped with the day it went, months ago
        time.travelTo(start.atTime(9, 0));
        long id;
        try {
            id = seedFrom(admin, firstExperimentationId, start);
        } finally {
            time.backToNow();
        }
        log.info(
                "Demo: second experimentation \"{}\" seeded in {} ms ({} ms of processor time)",
                TITLE,
                (System.nanoTime() - started) / 1_000_000,
                (CPU.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000);
        return id;
    }

    private long seedFrom(Viewer admin, long firstExperimentationId, LocalDate start) {
        Experimentation e = experimentations.create(
                admin,
                new NewExperimentation(
                        TITLE,
                        null,
                        TERRITORY,
                        "Collège coopératif en Bretagne",
                        "Deuxième territoire de l'expérimentation sociale coopérative, avec le CIAS à l'Ouest de "
                                + "Rennes : mieux prévenir la précarisation avec les personnes concernées, les "
                                + "accompagnants et les décideurs du Rheu et de Vezin-le-Coquet.",
                        start,
                        start.plusMonths(24),
                        "precarity-prevention"));
        long id = e.getId();
        SecondCast cast = people.enrol(admin, id, firstExperimentationId);
        experimentations.start(cast.carrier, id);
        // the funding round is recorded from the start, so that every phase report has its Financement sheet
        funding.seed(id, cast.carrier, start.plusMonths(5));
        SecondTalk talk = new SecondTalk();
        diagnosis.run(cast, talk, start);
        leads.run(cast, talk, start.plusDays(118).atTime(18, 0));
        return id;
    }
}
