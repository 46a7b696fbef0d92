package coop.faireavec.support;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.experimentation.ExperimentationStatus;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.participation.College;
import coop.faireavec.security.AccountPrincipal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * One experimentation from creation to closing, through the web layer only, as the people of each role would do it.
 * Used on H2 and on PostgreSQL. Only the observation timer is fired through the engine's job API, as time would.
 */
public final class FourPhaseJourney {

    private final WebScenario web;
    private final TestData data;
    private final ManagementService jobs;

    public long id;
    public AccountPrincipal admin;
    public AccountPrincipal carrier;
    public AccountPrincipal committee;
    public final Map<College, AccountPrincipal> members = new EnumMap<>(College.class);

    public FourPhaseJourney(WebScenario web, TestData data, ManagementService jobs) {
        this.web = web;
        this.data = data;
        this.jobs = jobs;
    }

    public FourPhaseJourney enrolAndStart() throws Exception {
        admin = data.admin();
        id = web.createExperimentation(admin, "Prévenir la précarisation", TestData.unique("Mordelles "));
        carrier = data.principal(web.addMember(admin, id, "Claire", null, "CARRIER"));
        committee = data.principal(web.addMember(carrier, id, "Jean", null, "COMMITTEE"));
        members.put(
                College.LIVED_EXPERIENCE,
                data.principal(web.addMember(carrier, id, "Camille", "LIVED_EXPERIENCE", "PARTICIPANT")));
        members.put(
                College.PRACTITIONERS,
                data.principal(web.addMember(carrier, id, "Sam", "PRACTITIONERS", "PARTICIPANT")));
        members.put(
                College.DECISION_MAKERS,
                data.principal(web.addMember(carrier, id, "Dominique", "DECISION_MAKERS", "PARTICIPANT")));
        web.start(carrier, id);
        assertPhase(Phase.SHARED_DIAGNOSIS);
        return this;
    }

    public void sharedDiagnosis() throws Exception {
        web.holdMeeting(
                carrier, id, "KickOffMeeting", "Douze personnes, trois collèges.", List.copyOf(members.values()));
        for (AccountPrincipal m : members.values()) {
            web.complete(m, "PeerSessions", "body", "Ce que dit le collège de " + m.getUsername());
        }
        web.holdMeeting(carrier, id, "CrossedDiscussion", "Les regards se croisent.", List.copyOf(members.values()));
        web.complete(carrier, "DraftSynthesis", "body", "Synthèse, première version.");
        // the people with lived experience ask for a change: back to the synthesis
        web.complete(
                members.get(College.LIVED_EXPERIENCE),
                "CollectiveValidation",
                "decision",
                "DISAGREE",
                "body",
                "Il manque l'accueil au guichet.");
        web.complete(members.get(College.PRACTITIONERS), "CollectiveValidation", "decision", "AGREE");
        web.complete(members.get(College.DECISION_MAKERS), "CollectiveValidation", "decision", "AGREE");
        web.close(carrier, "CollectiveValidation", null);
        // the synthesis comes back with the previous text and the objection, which must be answered
        web.complete(
                carrier,
                "DraftSynthesis",
                "body",
                "Synthèse, avec l'accueil au guichet.",
                "answers[0]",
                "Ajouté : l'accueil au guichet, en deuxième partie.");
        for (AccountPrincipal m : members.values()) {
            web.complete(m, "CollectiveValidation", "decision", "AGREE");
        }
        web.close(carrier, "CollectiveValidation", null);
        web.complete(carrier, "WritePhaseReport", "body", "Bilan du diagnostic partagé.");
        web.review(committee, "CommitteeReview", true, null);
        assertPhase(Phase.ACTION_LEADS);
    }

    public void actionLeads() throws Exception {
        upToTheVote();
        List<Long> leads = leadIds();
        // every member grades the leads on one shared step (the third lead: "Sans avis" from all), then the carrier
        // closes the vote; the plan starts from the two graded leads
        String vote = web.stepId(carrier, "PrioritisationVote");
        for (AccountPrincipal m : members.values()) {
            web.submit(
                    m,
                    vote,
                    "lines[0].leadId",
                    leads.get(0).toString(),
                    "lines[0].grade",
                    "ESSENTIAL",
                    "lines[1].leadId",
                    leads.get(1).toString(),
                    "lines[1].grade",
                    "IMPORTANT",
                    "lines[2].leadId",
                    leads.get(2).toString(),
                    "lines[2].grade",
                    "NO_OPINION");
        }
        web.send(carrier, "/tasks/" + vote + "/close");
        web.complete(
                carrier,
                "WriteActionPlan",
                "leadIds",
                leads.get(0).toString(),
                "leadIds",
                leads.get(1).toString(),
                "body",
                "Plan d'action.");
        for (AccountPrincipal m : members.values()) {
            web.complete(m, "CollectiveValidation", "decision", "AGREE");
        }
        web.close(carrier, "CollectiveValidation", null);
        web.complete(carrier, "WritePhaseReport", "body", "Bilan des pistes.");
        web.review(committee, "CommitteeReview", true, null);
        assertPhase(Phase.EXPERIMENTING);
    }

    public void experimenting() throws Exception {
        List<String> plans = web.stepIds(carrier, "PlanExperiment");
        assertThat(plans).hasSize(2);
        // a participant plans one experiment with the carrier's team, the carrier the other
        web.submit(members.get(College.LIVED_EXPERIENCE), plans.get(0), plan("Équipe mixte, permanence le mardi."));
        web.submit(carrier, plans.get(1), plan("Un référent par famille."));
        // two weeks pass: observations are asked for
        for (Job job : jobs.createJobQuery().activityId("ObservationTime").list()) {
            jobs.executeJob(job.getId());
        }
        for (String observation : web.stepIds(members.get(College.PRACTITIONERS), "RecordObservations")) {
            web.submit(
                    members.get(College.PRACTITIONERS),
                    observation,
                    "observedOn",
                    java.time.LocalDate.now().toString(),
                    "values[0]",
                    "7",
                    "narrative",
                    "Les gens reviennent.");
        }
        for (String review : web.stepIds(carrier, "MidTermReview")) {
            web.submit(
                    carrier,
                    review,
                    "teamView",
                    "Ça marche le mardi.",
                    "collegeViews[0]",
                    "On se sent accueillis.",
                    "collegeViews[1]",
                    "Moins de dossiers perdus.",
                    "collegeViews[2]",
                    "À garder.",
                    "decision",
                    "STOP",
                    "body",
                    "On a assez appris.");
        }
        for (String close : web.stepIds(carrier, "CloseExperiment")) {
            web.submit(carrier, close, "body", "Court bilan.");
        }
        web.complete(carrier, "WritePhaseReport", "body", "Bilan des expériences.");
        web.review(committee, "CommitteeReview", true, null);
        assertPhase(Phase.CONSOLIDATION);
    }

    /** A plan's fields: that goal, three months from today, one member of each college, one indicator. */
    private String[] plan(String goal) {
        java.time.LocalDate today = java.time.LocalDate.now();
        return new String[] {
            "goal",
            goal,
            "startsOn",
            today.toString(),
            "endsOn",
            today.plusMonths(3).toString(),
            "teamIds",
            String.valueOf(members.get(College.LIVED_EXPERIENCE).getPersonId()),
            "teamIds",
            String.valueOf(members.get(College.PRACTITIONERS).getPersonId()),
            "teamIds",
            String.valueOf(members.get(College.DECISION_MAKERS).getPersonId()),
            "indicators[0].name",
            "Personnes accueillies",
            "indicators[0].unit",
            "personnes",
            "indicators[0].baseline",
            "4",
            "indicators[0].target",
            "12",
            "indicators[0].direction",
            "HIGHER_IS_BETTER"
        };
    }

    public void consolidation() throws Exception {
        consolidationUpToFinalReport();
        web.complete(carrier, "WritePhaseReport", "body", "Rapport final.");
        web.review(committee, "CommitteeReview", true, null);
        assertThat(data.experimentation(id).getStatus()).isEqualTo(ExperimentationStatus.CLOSED);
    }

    /** Phase 4 up to its final report (not written yet). */
    public void consolidationUpToFinalReport() throws Exception {
        for (AccountPrincipal m : members.values()) {
            web.complete(m, "CollegeEvaluations", "body", "Ce qui a changé pour " + m.getUsername());
        }
        web.complete(
                carrier,
                "AssembleCapitalisation",
                "whatWorked",
                "L'accueil.",
                "conditions",
                "Du temps.",
                "transferKit",
                "Le guide, les contacts.");
        for (AccountPrincipal m : members.values()) {
            web.complete(m, "CollectiveValidation", "decision", "AGREE");
        }
        web.close(carrier, "CollectiveValidation", null);
        web.holdMeeting(carrier, id, "FinalCrossedMeeting", "Tout le monde était là.", List.copyOf(members.values()));
    }

    /** Phase 2 up to its vote: three leads proposed (one per college), the call closed, the crossed discussion held. */
    public void upToTheVote() throws Exception {
        web.proposeLead(members.get(College.LIVED_EXPERIENCE), id, "Un accueil sans rendez-vous");
        web.proposeLead(members.get(College.PRACTITIONERS), id, "Un référent unique");
        web.proposeLead(members.get(College.DECISION_MAKERS), id, "Un guichet commun");
        web.close(carrier, "CallForLeadsOpen");
        web.holdMeeting(
                carrier, id, "CrossedDiscussionOnLeads", "Trois pistes discutées.", List.copyOf(members.values()));
    }

    private List<Long> leadIds() {
        return data.leads(id);
    }

    private void assertPhase(Phase phase) {
        assertThat(data.experimentation(id).getCurrentPhase()).isEqualTo(phase);
        assertThat(data.experimentation(id).getStatus()).isEqualTo(ExperimentationStatus.RUNNING);
    }
}
