package coop.faireavec.directory.web;

import java.util.List;

/**
 * The columns of the directory's workbook (template, export and import: the same, so that an export imports again),
 * headers in plain French whatever the reader's language (the file is a format: an import checks its headers). Each
 * column maps to one field of the data·inclusion schema; {@code note} is what the template's "Notice" sheet says.
 */
final class ExchangeColumns {

    /** One column: its header, whether a row needs it, what goes in it. */
    record Column(String header, boolean required, String note) {}

    static final String STRUCTURES = "Structures";
    static final String SERVICES = "Services";
    static final String NOTICE = "Notice";
    static final String CODES = "Codes";

    static final String ID = "Identifiant";
    static final String NOM = "Nom";
    static final String SIRET = "SIRET";
    static final String DESCRIPTION = "Description";
    static final String ADRESSE = "Adresse";
    static final String COMPLEMENT = "Complément d'adresse";
    static final String CODE_POSTAL = "Code postal";
    static final String COMMUNE = "Commune";
    static final String CODE_INSEE = "Code INSEE";
    static final String LATITUDE = "Latitude";
    static final String LONGITUDE = "Longitude";
    static final String TELEPHONE = "Téléphone";
    static final String COURRIEL = "Courriel";
    static final String SITE_WEB = "Site web";
    static final String HORAIRES = "Horaires d'accueil";
    static final String ACCESSIBILITE = "Accessibilité du lieu";
    static final String RESEAUX = "Réseaux porteurs";
    static final String ADRESSE_PUBLIQUE = "Adresse publique";
    static final String CONTACT_PUBLIC = "Contact public";

    static final String STRUCTURE_ID = "Identifiant de la structure";
    static final String TYPE = "Type";
    static final String THEMATIQUES = "Thématiques";
    static final String PUBLICS = "Publics";
    static final String PUBLICS_PRECISIONS = "Précisions sur les publics";
    static final String FRAIS = "Frais";
    static final String FRAIS_PRECISIONS = "Précisions sur les frais";
    static final String MODES_ACCUEIL = "Modes d'accueil";
    static final String CONDITIONS = "Conditions d'accès";
    static final String CONTACT_NOM = "Contact (nom et prénom)";

    private static final String CODES_NOTE = "Un ou plusieurs codes de la feuille « Codes », séparés par des virgules.";
    private static final String YES_NO = "« oui » ou « non ».";

    static final List<Column> STRUCTURE_COLUMNS = List.of(
            new Column(
                    ID, false, "Un identifiant de votre choix, unique dans le fichier : les services s'y rattachent."),
            new Column(NOM, true, "Le nom de la structure (obligatoire)."),
            new Column(SIRET, false, "14 chiffres. Il est vérifié (clé de contrôle)."),
            new Column(DESCRIPTION, false, "Ce que fait la structure, en quelques phrases."),
            new Column(ADRESSE, false, "Numéro et rue."),
            new Column(COMPLEMENT, false, "Bâtiment, étage…"),
            new Column(CODE_POSTAL, false, "5 chiffres."),
            new Column(COMMUNE, false, "Le nom de la commune."),
            new Column(CODE_INSEE, false, "Le code INSEE de la commune (5 caractères, 2A ou 2B pour la Corse)."),
            new Column(
                    LATITUDE, false, "En degrés décimaux (48.1173). Avec la longitude ; le lieu doit être en France."),
            new Column(LONGITUDE, false, "En degrés décimaux (-1.6778)."),
            new Column(TELEPHONE, false, "Le numéro de l'accueil de la structure."),
            new Column(COURRIEL, false, "L'adresse e-mail de l'accueil."),
            new Column(SITE_WEB, false, "Une adresse qui commence par https://"),
            new Column(HORAIRES, false, "Au format OpenStreetMap : Mo-Fr 09:00-12:00,14:00-17:00"),
            new Column(ACCESSIBILITE, false, "Le lien vers la fiche du lieu (acceslibre), https://…"),
            new Column(RESEAUX, false, CODES_NOTE),
            new Column(ADRESSE_PUBLIQUE, false, YES_NO + " Oui : l'adresse et le lieu sur la carte sont publics."),
            new Column(CONTACT_PUBLIC, false, YES_NO + " Oui : le téléphone et le courriel sont ceux de l'accueil."));

    static final List<Column> SERVICE_COLUMNS = List.of(
            new Column(STRUCTURE_ID, true, "L'identifiant de sa structure dans la feuille « Structures »."),
            new Column(NOM, true, "Le nom du service (obligatoire)."),
            new Column(DESCRIPTION, false, "Ce que propose le service."),
            new Column(TYPE, false, "Un code de la liste « types-de-services »."),
            new Column(THEMATIQUES, false, CODES_NOTE),
            new Column(PUBLICS, false, CODES_NOTE + " « tous-publics » va seul."),
            new Column(PUBLICS_PRECISIONS, false, "Des précisions sur les publics."),
            new Column(FRAIS, false, "Un code de la liste « frais »."),
            new Column(FRAIS_PRECISIONS, false, "Des précisions sur les frais."),
            new Column(MODES_ACCUEIL, false, CODES_NOTE),
            new Column(CONDITIONS, false, "Ce qu'il faut pour y accéder."),
            new Column(CONTACT_NOM, false, "Le nom d'une personne : jamais public."),
            new Column(TELEPHONE, false, "Le numéro du service."),
            new Column(COURRIEL, false, "L'adresse e-mail du service."),
            new Column(
                    CONTACT_PUBLIC, false, YES_NO + " Oui : le téléphone et le courriel sont ceux de la structure."));

    private ExchangeColumns() {}

    static List<String> headers(List<Column> columns) {
        return columns.stream().map(Column::header).toList();
    }
}
