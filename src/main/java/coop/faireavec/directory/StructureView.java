package coop.faireavec.directory;

import java.time.LocalDate;
import java.util.List;

/**
 * An organisation as a page shows it. In the public directory, the fields that are not public are null: the address
 * and the place on the map unless {@code addressPublic}, the phone and e-mail unless they are the organisation's own
 * ({@code contactPublic}), and who verified it, always.
 *
 * @param reseauxPorteurs the labels of its carrying networks
 * @param verifiedBy      the name of who last verified it; null in the public directory or when unknown
 * @param stale           not verified for 12 months ("à vérifier")
 * @param version         for the edit form's check that nobody changed it meanwhile
 */
public record StructureView(
        long id,
        String nom,
        String siret,
        String description,
        String adresse,
        String complementAdresse,
        String codePostal,
        String commune,
        Double latitude,
        Double longitude,
        String telephone,
        String courriel,
        String siteWeb,
        String horairesAccueil,
        String accessibiliteLieu,
        List<String> reseauxPorteurs,
        LocalDate verifiedOn,
        String verifiedBy,
        boolean stale,
        List<ServiceView> services,
        long version) {

    /** Whether it has a place to show on the map. */
    public boolean located() {
        return latitude != null && longitude != null;
    }
}
