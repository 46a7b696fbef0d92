package coop.faireavec.funding.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import coop.faireavec.experimentation.Phase;
import coop.faireavec.funding.Account;
import coop.faireavec.funding.BudgetLineDetails;
import coop.faireavec.funding.Funder;
import coop.faireavec.funding.FunderDetails;
import coop.faireavec.funding.FunderKind;
import coop.faireavec.funding.FundingOverview;
import coop.faireavec.funding.FundingService;
import coop.faireavec.participation.College;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.Viewer;
import coop.faireavec.support.FaireAvecWebTest;
import coop.faireavec.support.TestData;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The funding pages through the web layer: who sees what, every form (a refusal re-shows the page with the field
 * named and everything typed; a success redirects with a message), the balance warning, and stale versions.
 */
@FaireAvecWebTest
class FundingWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    FundingService funding;

    private static String base(long id) {
        return "/experimentations/" + id + "/funding";
    }

    private MockHttpServletRequestBuilder postAs(AccountPrincipal who, String path) {
        return post(path).with(user(who)).with(csrf());
    }

    @Test
    void theCarrierAndTheCommitteeReadTheFundingParticipantsAndOthersAreRefused() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        AccountPrincipal committee = data.memberWithRole(id, ExperimentationRole.COMMITTEE);
        AccountPrincipal participant = data.memberOfCollege(id, College.LIVED_EXPERIENCE);
        AccountPrincipal outsider = data.runningExperimentation().carrier();

        mvc.perform(get(base(id)).with(user(s.carrier())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ajouter un financeur")))
                .andExpect(content().string(containsString("Le temps donné")));
        mvc.perform(get(base(id)).with(user(committee)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Financement")))
                .andExpect(content().string(not(containsString("Ajouter un financeur"))))
                .andExpect(content().string(not(containsString("hourly-value"))));
        mvc.perform(get(base(id)).with(user(participant))).andExpect(status().isForbidden());
        mvc.perform(get(base(id)).with(user(outsider))).andExpect(status().isForbidden());
        mvc.perform(postAs(committee, base(id) + "/funders/new")
                        .param("name", "X")
                        .param("kind", "TOWN"))
                .andExpect(status().isForbidden());

        String link = "href=\"/experimentations/" + id + "/funding\"";
        mvc.perform(get("/experimentations/{id}", id).with(user(s.carrier())))
                .andExpect(content().string(containsString(link)));
        mvc.perform(get("/experimentations/{id}", id).with(user(committee)))
                .andExpect(content().string(containsString(link)));
        mvc.perform(get("/experimentations/{id}", id).with(user(participant)))
                .andExpect(content().string(not(containsString(link))));
    }

    @Test
    void aFunderIsAddedChangedAndDeletedAndAFormErrorNamesTheFieldAndKeepsWhatWasTyped() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        AccountPrincipal carrier = s.carrier();
        mvc.perform(get(base(id) + "/funders/new").with(user(carrier))).andExpect(status().isOk());
        mvc.perform(postAs(carrier, base(id) + "/funders/new")
                        .param("name", "Rennes <Metropole>")
                        .param("kind", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Type de financeur : choisissez dans la liste.")))
                .andExpect(content().string(containsString("value=\"Rennes &lt;Metropole&gt;\"")));
        assertThat(funding.funders(carrier.viewer(), id)).isEmpty();

        mvc.perform(postAs(carrier, base(id) + "/funders/new")
                        .param("name", "Rennes Métropole")
                        .param("kind", "INTERCOMMUNALITY"))
                .andExpect(redirectedUrl(base(id)))
                .andExpect(flash().attribute("flash", "funding.funder.added"));
        Funder f = funding.funders(carrier.viewer(), id).get(0);
        mvc.perform(get(base(id) + "/funders/" + f.getId()).with(user(carrier)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Rennes M&eacute;tropole\"")));
        mvc.perform(postAs(carrier, base(id) + "/funders/" + f.getId())
                        .param("name", " ")
                        .param("kind", "INTERCOMMUNALITY")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nom du financeur : ce champ est obligatoire.")));
        mvc.perform(postAs(carrier, base(id) + "/funders/" + f.getId())
                        .param("name", "Rennes Métropole (cohésion sociale)")
                        .param("kind", "INTERCOMMUNALITY")
                        .param("version", "0"))
                .andExpect(redirectedUrl(base(id)));
        assertThat(funding.funder(carrier.viewer(), id, f.getId()).getName())
                .isEqualTo("Rennes Métropole (cohésion sociale)");
        // a form filled from version 0 saved over version 1: the 409 page, nothing changed
        mvc.perform(postAs(carrier, base(id) + "/funders/" + f.getId())
                        .param("name", "Autre")
                        .param("kind", "TOWN")
                        .param("version", "0"))
                .andExpect(status().isConflict());
        assertThat(funding.funder(carrier.viewer(), id, f.getId()).getName())
                .isEqualTo("Rennes Métropole (cohésion sociale)");

        mvc.perform(postAs(carrier, base(id) + "/funders/" + f.getId() + "/delete"))
                .andExpect(redirectedUrl(base(id)))
                .andExpect(flash().attribute("flash", "funding.funder.deleted"));
        assertThat(funding.funders(carrier.viewer(), id)).isEmpty();
    }

    @Test
    void aSecondFunderOfTheSameNameIsRefusedNamingTheField() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        AccountPrincipal carrier = s.carrier();
        Funder fdf =
                funding.addFunder(carrier.viewer(), id, new FunderDetails("Fondation de France", FunderKind.PRIVATE));
        Funder town = funding.addFunder(carrier.viewer(), id, new FunderDetails("Commune", FunderKind.TOWN));
        String refused = "Nom du financeur : un autre financeur de cette expérimentation porte déjà ce nom.";
        mvc.perform(postAs(carrier, base(id) + "/funders/new")
                        .param("name", "fondation de france ")
                        .param("kind", "PRIVATE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(refused)))
                .andExpect(content().string(containsString("value=\"fondation de france \"")));
        mvc.perform(postAs(carrier, base(id) + "/funders/" + town.getId())
                        .param("name", "Fondation de France")
                        .param("kind", "TOWN")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(refused)));
        // a funder keeps its own name
        mvc.perform(postAs(carrier, base(id) + "/funders/" + fdf.getId())
                        .param("name", "Fondation de France")
                        .param("kind", "PRIVATE")
                        .param("version", "0"))
                .andExpect(redirectedUrl(base(id)));
        assertThat(funding.funders(carrier.viewer(), id))
                .extracting(Funder::getName)
                .containsExactly("Fondation de France", "Commune");
    }

    @Test
    void aFunderStillUsedIsNotDeleted() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        Viewer carrier = s.carrier().viewer();
        Funder f = funding.addFunder(carrier, id, new FunderDetails("CIAS", FunderKind.SOCIAL_BODY));
        funding.addBudgetLine(
                carrier,
                id,
                new BudgetLineDetails(
                        Phase.SHARED_DIAGNOSIS, Account.GRANT_SOCIAL_BODY, f.getId(), new BigDecimal("10"), null));
        mvc.perform(postAs(s.carrier(), base(id) + "/funders/" + f.getId() + "/delete"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Ce financeur a encore des demandes")));
    }

    @Test
    void aGrantApplicationIsRecordedAndItsAmountsAndDatesAreCheckedFieldByField() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        AccountPrincipal carrier = s.carrier();
        Funder f =
                funding.addFunder(carrier.viewer(), id, new FunderDetails("Fondation de France", FunderKind.PRIVATE));
        mvc.perform(get(base(id) + "/grants/new").with(user(carrier)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fondation de France")));
        mvc.perform(postAs(carrier, base(id) + "/grants/new")
                        .param("funderId", f.getId().toString())
                        .param("programme", "Démarches participatives")
                        .param("asked", "-5")
                        .param("status", "GRANTED")
                        .param("submittedOn", "2026-01-05")
                        .param("decidedOn", "2025-12-01")
                        .param("granted", "12,345")
                        .param("conditions", "Bilan final"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Montant demandé : écrivez un montant en euros")))
                .andExpect(content().string(containsString("Montant accordé : écrivez un montant en euros")))
                .andExpect(content().string(containsString("Date de la décision : la décision ne peut pas venir")))
                .andExpect(content().string(containsString("value=\"-5\"")))
                .andExpect(content().string(containsString("value=\"12,345\"")))
                .andExpect(content().string(containsString("Démarches participatives")))
                .andExpect(content().string(containsString("Bilan final")));
        mvc.perform(postAs(carrier, base(id) + "/grants/new")
                        .param("funderId", f.getId().toString())
                        .param("programme", "Démarches participatives")
                        .param("asked", "40 000")
                        .param("status", "GRANTED")
                        .param("submittedOn", "2026-01-05")
                        .param("decidedOn", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Date de la décision : ce champ est obligatoire.")))
                .andExpect(content().string(containsString("Montant accordé : ce champ est obligatoire.")));
        mvc.perform(postAs(carrier, base(id) + "/grants/new")
                        .param("funderId", f.getId().toString())
                        .param("programme", "Démarches participatives")
                        .param("asked", "40 000")
                        .param("status", "GRANTED")
                        .param("submittedOn", "2026-01-05")
                        .param("decidedOn", "2026-03-01")
                        .param("granted", "35000,5"))
                .andExpect(redirectedUrl(base(id)));
        FundingOverview o = funding.overview(carrier.viewer(), id);
        assertThat(o.grants()).hasSize(1);
        long grantId = o.grants().get(0).grant().getId();
        assertThat(o.grants().get(0).grant().getAmountGranted()).isEqualTo(new BigDecimal("35000.50"));
        mvc.perform(get(base(id)).with(user(carrier)))
                .andExpect(content().string(containsString("35\u202f000,50\u00a0€")));
        mvc.perform(get(base(id) + "/grants/" + grantId).with(user(carrier)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"35000.50\"")));
        mvc.perform(postAs(carrier, base(id) + "/grants/" + grantId)
                        .param("funderId", f.getId().toString())
                        .param("programme", "Démarches participatives")
                        .param("asked", "40000")
                        .param("status", "REFUSED")
                        .param("submittedOn", "2026-01-05")
                        .param("decidedOn", "2026-03-01")
                        .param("version", "0"))
                .andExpect(redirectedUrl(base(id)));
        assertThat(funding.grant(carrier.viewer(), id, grantId).getAmountGranted())
                .isNull();
        mvc.perform(postAs(carrier, base(id) + "/grants/" + grantId + "/delete"))
                .andExpect(redirectedUrl(base(id)));
        assertThat(funding.overview(carrier.viewer(), id).grants()).isEmpty();
    }

    @Test
    void budgetLinesShowTheBalanceAndAGapIsAWarningThatKeepsEveryLine() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        AccountPrincipal carrier = s.carrier();
        Funder town = funding.addFunder(carrier.viewer(), id, new FunderDetails("Mordelles", FunderKind.TOWN));
        mvc.perform(get(base(id) + "/lines/new").with(user(carrier))).andExpect(status().isOk());
        mvc.perform(postAs(carrier, base(id) + "/lines/new")
                        .param("phase", "SHARED_DIAGNOSIS")
                        .param("account", "GRANT_DEPARTEMENT")
                        .param("funderId", town.getId().toString())
                        .param("planned", "1.005")
                        .param("note", "Ma note"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Montant prévu : écrivez un montant")))
                .andExpect(content().string(containsString("Financeur : ce financeur n&#39;est pas du type")))
                .andExpect(content().string(containsString("value=\"1.005\"")))
                .andExpect(content().string(containsString("value=\"Ma note\"")));
        mvc.perform(postAs(carrier, base(id) + "/lines/new")
                        .param("phase", "SHARED_DIAGNOSIS")
                        .param("account", "PURCHASES")
                        .param("planned", "0,10"))
                .andExpect(redirectedUrl(base(id)));
        mvc.perform(postAs(carrier, base(id) + "/lines/new")
                        .param("phase", "SHARED_DIAGNOSIS")
                        .param("account", "PURCHASES")
                        .param("planned", "0,20"))
                .andExpect(redirectedUrl(base(id)));
        mvc.perform(get(base(id)).with(user(carrier)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Il manque 0,30\u00a0€ de ressources")));
        mvc.perform(postAs(carrier, base(id) + "/lines/new")
                        .param("phase", "SHARED_DIAGNOSIS")
                        .param("account", "GRANT_TOWN")
                        .param("funderId", town.getId().toString())
                        .param("planned", "0.30"))
                .andExpect(redirectedUrl(base(id)));
        mvc.perform(get(base(id)).with(user(carrier)))
                .andExpect(content().string(containsString("Le budget prévu est équilibré")))
                .andExpect(content().string(not(containsString("Il manque"))));

        long lineId =
                funding.overview(carrier.viewer(), id).lines().get(0).line().getId();
        mvc.perform(get(base(id) + "/lines/" + lineId).with(user(carrier))).andExpect(status().isOk());
        mvc.perform(postAs(carrier, base(id) + "/lines/" + lineId)
                        .param("phase", "SHARED_DIAGNOSIS")
                        .param("account", "PURCHASES")
                        .param("planned", "")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Montant prévu : ce champ est obligatoire.")));
        mvc.perform(postAs(carrier, base(id) + "/lines/" + lineId)
                        .param("phase", "ACTION_LEADS")
                        .param("account", "PURCHASES")
                        .param("planned", "0.10")
                        .param("version", "0"))
                .andExpect(redirectedUrl(base(id)));
        mvc.perform(postAs(carrier, base(id) + "/lines/" + lineId + "/delete")).andExpect(redirectedUrl(base(id)));
        assertThat(funding.overview(carrier.viewer(), id).lines()).hasSize(2);
    }

    @Test
    void spendingGoesOnAChargeLineWithAPlausibleDate() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        AccountPrincipal carrier = s.carrier();
        mvc.perform(get(base(id) + "/spending/new").with(user(carrier))).andExpect(status().isOk());
        mvc.perform(postAs(carrier, base(id) + "/spending/new")
                        .param("spentOn", "0001-03-01")
                        .param("amount", "64,30")
                        .param("account", "GRANT_STATE")
                        .param("phase", "SHARED_DIAGNOSIS")
                        .param("note", "Gouter <b>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Date de la dépense : choisissez une date entre")))
                .andExpect(
                        content().string(containsString("Ligne du budget : une dépense va sur une ligne de charges")))
                .andExpect(content().string(containsString("value=\"64,30\"")))
                .andExpect(content().string(containsString("value=\"Gouter &lt;b&gt;\"")));
        mvc.perform(postAs(carrier, base(id) + "/spending/new")
                        .param("spentOn", "2026-03-01")
                        .param("amount", "0,00")
                        .param("account", "PURCHASES")
                        .param("phase", "SHARED_DIAGNOSIS"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Montant dépensé : le montant doit être plus grand que 0.")));
        mvc.perform(postAs(carrier, base(id) + "/spending/new")
                        .param("spentOn", "2026-03-01")
                        .param("amount", "12 345 678 901,00")
                        .param("account", "PURCHASES")
                        .param("phase", "SHARED_DIAGNOSIS"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Montant dépensé : ce montant est trop grand. Le plus grand possible est"
                                + " 9 999 999 999,99 €.")))
                .andExpect(content().string(not(containsString("sans signe moins"))));
        assertThat(funding.overview(carrier.viewer(), id).spending()).isEmpty();
        mvc.perform(postAs(carrier, base(id) + "/spending/new")
                        .param("spentOn", "2026-03-01")
                        .param("amount", "64,30")
                        .param("account", "PURCHASES")
                        .param("phase", "SHARED_DIAGNOSIS")
                        .param("note", "Goûter"))
                .andExpect(redirectedUrl(base(id)))
                .andExpect(flash().attribute("flash", "funding.spending.added"));
        FundingOverview o = funding.overview(carrier.viewer(), id);
        long spendingId = o.spending().get(0).spending().getId();
        assertThat(o.spending().get(0).spending().getRecordedById()).isEqualTo(carrier.getPersonId());
        mvc.perform(get(base(id) + "/spending/" + spendingId).with(user(carrier)))
                .andExpect(content().string(containsString("value=\"64.30\"")));
        mvc.perform(postAs(carrier, base(id) + "/spending/" + spendingId)
                        .param("spentOn", "2026-03-01")
                        .param("amount", "70")
                        .param("account", "PURCHASES")
                        .param("phase", "SHARED_DIAGNOSIS")
                        .param("version", "0"))
                .andExpect(redirectedUrl(base(id)));
        assertThat(funding.spending(carrier.viewer(), id, spendingId).getAmount())
                .isEqualTo(new BigDecimal("70.00"));
        mvc.perform(postAs(carrier, base(id) + "/spending/" + spendingId + "/delete"))
                .andExpect(redirectedUrl(base(id)));
        assertThat(funding.overview(carrier.viewer(), id).spending()).isEmpty();
    }

    @Test
    void theHourlyValueIsCheckedAndAnErrorReShowsTheFundingPage() throws Exception {
        TestData.Scenario s = data.runningExperimentation();
        long id = s.experimentationId();
        AccountPrincipal carrier = s.carrier();
        mvc.perform(postAs(carrier, base(id) + "/hourly-value")
                        .param("hourlyValue", "-11,88")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Valeur d&#39;une heure donnée : écrivez un montant")))
                .andExpect(content().string(containsString("value=\"-11,88\"")));
        mvc.perform(postAs(carrier, base(id) + "/hourly-value")
                        .param("hourlyValue", "11,88")
                        .param("version", "0"))
                .andExpect(redirectedUrl(base(id)))
                .andExpect(flash().attribute("flash", "funding.hourlyValue.saved"));
        assertThat(funding.overview(carrier.viewer(), id).hourlyValue()).isEqualTo(new BigDecimal("11.88"));
        mvc.perform(get(base(id)).with(user(carrier)))
                .andExpect(content().string(containsString("Une heure vaut 11,88\u00a0€")));
        mvc.perform(get(base(id)).with(user(carrier)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("One hour is worth €11.88")))
                .andExpect(content().string(containsString("Time given")));
    }
}
