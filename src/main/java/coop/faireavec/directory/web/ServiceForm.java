package coop.faireavec.directory.web;

import coop.faireavec.directory.DirectoryCodes;
import coop.faireavec.directory.DirectoryCodes.Kind;
import coop.faireavec.directory.OfferedService;
import coop.faireavec.directory.ServiceDetails;
import java.util.List;
import org.springframework.validation.Errors;

/**
 * A service as typed in its form (the data·inclusion schema's service fields, codes from its lists);
 * {@code version} is the one the form was drawn from (0 for a new one).
 */
record ServiceForm(
        String nom,
        String description,
        String type,
        List<String> thematiques,
        List<String> publics,
        String publicsPrecisions,
        String frais,
        String fraisPrecisions,
        List<String> modesAccueil,
        String conditionsAcces,
        String contactNomPrenom,
        String telephone,
        String courriel,
        Boolean contactPublic,
        Long version) {

    /** The schema's audience for "everyone", which goes with no other. */
    static final String TOUS_PUBLICS = "tous-publics";

    static ServiceForm empty() {
        return new ServiceForm("", "", "", List.of(), List.of(), "", "", "", List.of(), "", "", "", "", false, 0L);
    }

    static ServiceForm of(OfferedService v) {
        return new ServiceForm(
                v.getNom(),
                v.getDescription(),
                v.getType(),
                v.getThematiques(),
                v.getPublics(),
                v.getPublicsPrecisions(),
                v.getFrais(),
                v.getFraisPrecisions(),
                v.getModesAccueil(),
                v.getConditionsAcces(),
                v.getContactNomPrenom(),
                v.getTelephone(),
                v.getCourriel(),
                v.isContactPublic(),
                v.getVersion());
    }

    long seenVersion() {
        return version == null ? 0 : version;
    }

    /** The details, or null with the errors recorded next to their fields. */
    ServiceDetails validate(Errors errors, DirectoryCodes codes) {
        String n = Fields.text(errors, "nom", nom, true, 200);
        String d = Fields.text(errors, "description", description, false, 10000);
        String t = Fields.blank(type) ? null : type.strip();
        if (t != null && !codes.known(Kind.TYPES_DE_SERVICES, t)) {
            Fields.reject(errors, "type", "unknown");
        }
        List<String> themes = codes(errors, "thematiques", thematiques, Kind.THEMATIQUES, codes);
        List<String> audiences = codes(errors, "publics", publics, Kind.PUBLICS, codes);
        if (audiences.contains(TOUS_PUBLICS) && audiences.size() > 1) {
            Fields.reject(errors, "publics", "everyoneAlone");
        }
        String pp = Fields.text(errors, "publicsPrecisions", publicsPrecisions, false, 2000);
        String f = Fields.blank(frais) ? null : frais.strip();
        if (f != null && !codes.known(Kind.FRAIS, f)) {
            Fields.reject(errors, "frais", "unknown");
        }
        String fp = Fields.text(errors, "fraisPrecisions", fraisPrecisions, false, 2000);
        List<String> modes = codes(errors, "modesAccueil", modesAccueil, Kind.MODES_ACCUEIL, codes);
        String cond = Fields.text(errors, "conditionsAcces", conditionsAcces, false, 2000);
        String who = Fields.text(errors, "contactNomPrenom", contactNomPrenom, false, 200);
        String tel = Fields.phone(errors, "telephone", telephone);
        String mail = Fields.email(errors, "courriel", courriel);
        if (errors.hasErrors()) {
            return null;
        }
        return new ServiceDetails(
                n, d, t, themes, audiences, pp, f, fp, modes, cond, who, tel, mail, Boolean.TRUE.equals(contactPublic));
    }

    private static List<String> codes(
            Errors errors, String field, List<String> typed, Kind kind, DirectoryCodes codes) {
        List<String> values =
                typed == null ? List.of() : typed.stream().distinct().toList();
        if (!codes.allKnown(kind, values)) {
            Fields.reject(errors, field, "unknown");
            return List.of();
        }
        return values;
    }
}
