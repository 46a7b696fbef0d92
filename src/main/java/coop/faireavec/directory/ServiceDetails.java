package coop.faireavec.directory;

import java.io.Serializable;
import java.util.List;

/**
 * A service as checked by its form (the data·inclusion schema's service fields; strings stripped, blank ones null;
 * codes from the schema's lists). {@code contactNomPrenom} is a person's name: never public. {@code contactPublic}:
 * the phone and e-mail are the organisation's own (not a person's) and may be shown in the public directory.
 *
 * <p>Serializable: an import's preview keeps them in the session until it is confirmed.
 *
 * @param type         a code of {@code types-de-services}, or null
 * @param thematiques  codes of {@code thematiques}, never null
 * @param publics      codes of {@code publics}, never null
 * @param frais        a code of {@code frais}, or null
 * @param modesAccueil codes of {@code modes-accueil}, never null
 */
public record ServiceDetails(
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
        boolean contactPublic)
        implements Serializable {

    public ServiceDetails {
        thematiques = thematiques == null ? List.of() : List.copyOf(thematiques);
        publics = publics == null ? List.of() : List.copyOf(publics);
        modesAccueil = modesAccueil == null ? List.of() : List.copyOf(modesAccueil);
    }
}
