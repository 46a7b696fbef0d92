package coop.faireavec.directory;

import java.io.Serializable;
import java.util.List;

/**
 * An organisation as checked by its form (the data·inclusion schema's structure fields; strings stripped, blank ones
 * null). {@code addressPublic}: the address and the place on the map may be shown in the public directory;
 * {@code contactPublic}: the phone and e-mail are the organisation's own (a reception desk, not a person's) and may
 * be shown there.
 *
 * <p>Serializable: an import's preview keeps them in the session until it is confirmed.
 *
 * @param siret           14 digits, already checked ({@link Siret}), or null
 * @param latitude        WGS 84 degrees, or null (then longitude is null too)
 * @param horairesAccueil OSM {@code opening_hours}, already checked ({@link OpeningHours}), or null
 * @param reseauxPorteurs codes of the {@code reseaux-porteurs} list, never null
 */
public record StructureDetails(
        String nom,
        String siret,
        String description,
        String adresse,
        String complementAdresse,
        String codePostal,
        String commune,
        String codeInsee,
        Double latitude,
        Double longitude,
        String telephone,
        String courriel,
        String siteWeb,
        String horairesAccueil,
        String accessibiliteLieu,
        List<String> reseauxPorteurs,
        boolean addressPublic,
        boolean contactPublic)
        implements Serializable {

    public StructureDetails {
        reseauxPorteurs = reseauxPorteurs == null ? List.of() : List.copyOf(reseauxPorteurs);
    }
}
