package coop.faireavec.directory;

import java.time.LocalDate;
import java.util.List;

/**
 * A service as a page shows it, codes turned into their labels. In the public directory the contact person's name is
 * always null, and the phone and e-mail too unless they are the organisation's own ({@code contactPublic}).
 *
 * @param verifiedBy the name of who last verified it; null in the public directory or when unknown
 * @param stale      not verified for 12 months ("à vérifier")
 */
public record ServiceView(
        long id,
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
        LocalDate verifiedOn,
        String verifiedBy,
        boolean stale) {}
