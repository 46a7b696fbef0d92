package coop.faireavec.directory.web;

import coop.faireavec.directory.DirectoryCodes;
import coop.faireavec.directory.DirectoryCodes.Kind;
import coop.faireavec.directory.OpeningHours;
import coop.faireavec.directory.Siret;
import coop.faireavec.directory.Structure;
import coop.faireavec.directory.StructureDetails;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * An organisation as typed in its form (the data·inclusion schema's structure fields); {@code version} is the one
 * the form was drawn from (0 for a new one).
 */
record StructureForm(
        String nom,
        String siret,
        String description,
        String adresse,
        String complementAdresse,
        String codePostal,
        String commune,
        String codeInsee,
        String latitude,
        String longitude,
        String telephone,
        String courriel,
        String siteWeb,
        String horairesAccueil,
        String accessibiliteLieu,
        List<String> reseauxPorteurs,
        Boolean addressPublic,
        Boolean contactPublic,
        Long version) {

    private static final Pattern POSTCODE = Pattern.compile("[0-9]{5}");
    private static final Pattern INSEE = Pattern.compile("[0-9]{5}|2[AB][0-9]{3}");

    static StructureForm empty() {
        return new StructureForm(
                "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", List.of(), true, false, 0L);
    }

    static StructureForm of(Structure s) {
        return new StructureForm(
                s.getNom(),
                s.getSiret(),
                s.getDescription(),
                s.getAdresse(),
                s.getComplementAdresse(),
                s.getCodePostal(),
                s.getCommune(),
                s.getCodeInsee(),
                s.getLatitude() == null ? "" : String.valueOf(s.getLatitude()),
                s.getLongitude() == null ? "" : String.valueOf(s.getLongitude()),
                s.getTelephone(),
                s.getCourriel(),
                s.getSiteWeb(),
                s.getHorairesAccueil(),
                s.getAccessibiliteLieu(),
                s.getReseauxPorteurs(),
                s.isAddressPublic(),
                s.isContactPublic(),
                s.getVersion());
    }

    long seenVersion() {
        return version == null ? 0 : version;
    }

    /** The details, or null with the errors recorded next to their fields. */
    StructureDetails validate(Errors errors, DirectoryCodes codes) {
        String n = Fields.text(errors, "nom", nom, true, 200);
        String sir = Fields.text(errors, "siret", siret, false, 30);
        if (sir != null) {
            Siret.Problem problem = Siret.problem(sir);
            if (problem != null) {
                Fields.reject(errors, "siret", problem == Siret.Problem.NOT_14_DIGITS ? "format" : "key");
            }
            sir = Siret.clean(sir);
        }
        String d = Fields.text(errors, "description", description, false, 10000);
        String a = Fields.text(errors, "adresse", adresse, false, 300);
        String ca = Fields.text(errors, "complementAdresse", complementAdresse, false, 300);
        String cp = Fields.matching(errors, "codePostal", codePostal, POSTCODE, 5);
        String c = Fields.text(errors, "commune", commune, false, 200);
        String insee =
                Fields.matching(errors, "codeInsee", codeInsee == null ? null : codeInsee.toUpperCase(), INSEE, 5);
        Double lat = Fields.number(errors, "latitude", latitude, -90, 90);
        Double lon = Fields.number(errors, "longitude", longitude, -180, 180);
        if ((lat == null) != (lon == null)
                && !errors.hasFieldErrors("latitude")
                && !errors.hasFieldErrors("longitude")) {
            Fields.reject(errors, lat == null ? "latitude" : "longitude", "pair");
        }
        String tel = Fields.phone(errors, "telephone", telephone);
        String mail = Fields.email(errors, "courriel", courriel);
        String web = Fields.url(errors, "siteWeb", siteWeb);
        String hours = Fields.text(errors, "horairesAccueil", horairesAccueil, false, 500);
        if (hours != null && !OpeningHours.isValid(hours)) {
            Fields.reject(errors, "horairesAccueil", "format");
        }
        String access = Fields.url(errors, "accessibiliteLieu", accessibiliteLieu);
        List<String> networks = reseauxPorteurs == null
                ? List.of()
                : reseauxPorteurs.stream().distinct().toList();
        if (!codes.allKnown(Kind.RESEAUX_PORTEURS, networks)) {
            Fields.reject(errors, "reseauxPorteurs", "unknown");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new StructureDetails(
                n,
                sir,
                d,
                a,
                ca,
                cp,
                c,
                insee,
                lat,
                lon,
                tel,
                mail,
                web,
                hours,
                access,
                networks,
                Boolean.TRUE.equals(addressPublic),
                Boolean.TRUE.equals(contactPublic));
    }
}
