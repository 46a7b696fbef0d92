package coop.faireavec.directory.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import coop.faireavec.directory.DataInclusionSchema;
import coop.faireavec.directory.DirectoryExport;
import coop.faireavec.directory.DirectoryExport.ExportedService;
import coop.faireavec.directory.DirectoryExport.ExportedStructure;
import coop.faireavec.directory.ServiceDetails;
import coop.faireavec.directory.StructureDetails;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The directory in the data·inclusion schema v1's JSON: a document {@code {"structures": [...], "services": [...]}}
 * whose elements are the schema's structure and service records (its field names and codes), identified as
 * {@code faire-avec--<id>} with {@code source} "faire-avec" and {@code date_maj} the day the record was last verified.
 * The schema asks a service for a description of 5 characters or more: a service without one gets its name (or
 * "Service : " and its name when shorter); a structure's shorter description is left out; names are cut at 150
 * characters.
 *
 * <p>On import each record is checked against the schema ({@link DataInclusionSchema}); a record that does not follow
 * it is a row with a problem. The schema has no notion of public fields: an imported organisation's address is public
 * (it is already open data), its contacts are not, until a carrier says otherwise.
 */
@Component
class DataInclusionJson {

    static final String SOURCE = "faire-avec";
    static final int MAX_RECORDS = 5000;

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final DataInclusionSchema schema;

    DataInclusionJson(DataInclusionSchema schema) {
        this.schema = schema;
    }

    /** The export's bytes (UTF-8). */
    byte[] write(DirectoryExport export) {
        ObjectNode root = json.createObjectNode();
        root.put("source", SOURCE);
        root.put("territoire", export.territory().getName());
        ArrayNode structures = root.putArray("structures");
        ArrayNode services = root.putArray("services");
        for (ExportedStructure s : export.structures()) {
            structures.add(structure(s));
            for (ExportedService v : s.services()) {
                services.add(service(s.id(), v));
            }
        }
        try {
            return json.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String id(long id) {
        return SOURCE + "--" + id;
    }

    private ObjectNode structure(ExportedStructure e) {
        StructureDetails d = e.details();
        ObjectNode o = json.createObjectNode();
        o.put("source", SOURCE);
        o.put("id", id(e.id()));
        o.put("nom", cut(d.nom()));
        o.put("date_maj", e.verifiedOn().toString());
        put(o, "siret", d.siret());
        put(o, "description", d.description() != null && d.description().length() >= 5 ? d.description() : null);
        put(o, "adresse", d.adresse());
        put(o, "complement_adresse", d.complementAdresse());
        put(o, "code_postal", d.codePostal());
        put(o, "commune", d.commune());
        put(o, "code_insee", d.codeInsee());
        if (d.latitude() != null) {
            o.put("latitude", d.latitude());
            o.put("longitude", d.longitude());
        }
        put(o, "telephone", d.telephone());
        put(o, "courriel", d.courriel());
        put(o, "site_web", d.siteWeb());
        put(o, "horaires_accueil", d.horairesAccueil());
        put(o, "accessibilite_lieu", d.accessibiliteLieu());
        list(o, "reseaux_porteurs", d.reseauxPorteurs());
        return o;
    }

    private ObjectNode service(long structureId, ExportedService e) {
        ServiceDetails d = e.details();
        ObjectNode o = json.createObjectNode();
        o.put("source", SOURCE);
        o.put("structure_id", id(structureId));
        o.put("id", id(e.id()));
        o.put("nom", cut(d.nom()));
        o.put("description", description(d));
        o.put("date_maj", e.verifiedOn().toString());
        put(o, "type", d.type());
        list(o, "thematiques", d.thematiques());
        list(o, "publics", d.publics());
        put(o, "publics_precisions", d.publicsPrecisions());
        put(o, "frais", d.frais());
        put(o, "frais_precisions", d.fraisPrecisions());
        list(o, "modes_accueil", d.modesAccueil());
        put(o, "conditions_acces", d.conditionsAcces());
        put(o, "contact_nom_prenom", d.contactNomPrenom());
        put(o, "telephone", d.telephone());
        put(o, "courriel", d.courriel());
        return o;
    }

    private static String description(ServiceDetails d) {
        if (d.description() != null && d.description().length() >= 5) {
            return d.description();
        }
        return d.nom().length() >= 5 ? d.nom() : "Service : " + d.nom();
    }

    private static String cut(String name) {
        return name.length() > 150 ? name.substring(0, 150) : name;
    }

    private static void put(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    private static void list(ObjectNode o, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = o.putArray(field);
            values.forEach(a::add);
        }
    }

    /**
     * Reads an uploaded data·inclusion document (already parsed once by {@code UploadGuard}).
     *
     * @return the structure records as rows, then the service records (line = place in its list, from 1)
     * @throws ImportFileProblem when it is not an object with a "structures" list (and maybe a "services" list), or
     *     has more than {@value #MAX_RECORDS} records in a list
     */
    List<List<RawRow>> read(byte[] content) throws ImportFileProblem {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (IOException e) {
            throw new ImportFileProblem("directory.import.file.notDataInclusion");
        }
        JsonNode structures = root == null ? null : root.get("structures");
        JsonNode services = root == null ? null : root.get("services");
        if (structures == null || !structures.isArray() || (services != null && !services.isArray())) {
            throw new ImportFileProblem("directory.import.file.notDataInclusion");
        }
        if (structures.size() > MAX_RECORDS || (services != null && services.size() > MAX_RECORDS)) {
            throw new ImportFileProblem("directory.import.file.tooManyRecords", MAX_RECORDS);
        }
        List<RawRow> s = new ArrayList<>();
        int line = 1;
        for (JsonNode record : structures) {
            s.add(structureRow(line++, record));
        }
        List<RawRow> v = new ArrayList<>();
        line = 1;
        if (services != null) {
            for (JsonNode record : services) {
                v.add(serviceRow(line++, record));
            }
        }
        return List.of(s, v);
    }

    private RawRow structureRow(int line, JsonNode r) {
        RawRow row = new RawRow(line);
        row.problems.addAll(schema.structureProblems(r));
        text(row, ExchangeColumns.ID, r, "id");
        text(row, ExchangeColumns.NOM, r, "nom");
        text(row, ExchangeColumns.SIRET, r, "siret");
        text(row, ExchangeColumns.DESCRIPTION, r, "description");
        text(row, ExchangeColumns.ADRESSE, r, "adresse");
        text(row, ExchangeColumns.COMPLEMENT, r, "complement_adresse");
        text(row, ExchangeColumns.CODE_POSTAL, r, "code_postal");
        text(row, ExchangeColumns.COMMUNE, r, "commune");
        text(row, ExchangeColumns.CODE_INSEE, r, "code_insee");
        text(row, ExchangeColumns.LATITUDE, r, "latitude");
        text(row, ExchangeColumns.LONGITUDE, r, "longitude");
        text(row, ExchangeColumns.TELEPHONE, r, "telephone");
        text(row, ExchangeColumns.COURRIEL, r, "courriel");
        text(row, ExchangeColumns.SITE_WEB, r, "site_web");
        text(row, ExchangeColumns.HORAIRES, r, "horaires_accueil");
        text(row, ExchangeColumns.ACCESSIBILITE, r, "accessibilite_lieu");
        list(row, ExchangeColumns.RESEAUX, r, "reseaux_porteurs");
        return row;
    }

    private RawRow serviceRow(int line, JsonNode r) {
        RawRow row = new RawRow(line);
        row.problems.addAll(schema.serviceProblems(r));
        text(row, ExchangeColumns.STRUCTURE_ID, r, "structure_id");
        text(row, ExchangeColumns.NOM, r, "nom");
        text(row, ExchangeColumns.DESCRIPTION, r, "description");
        text(row, ExchangeColumns.TYPE, r, "type");
        list(row, ExchangeColumns.THEMATIQUES, r, "thematiques");
        list(row, ExchangeColumns.PUBLICS, r, "publics");
        text(row, ExchangeColumns.PUBLICS_PRECISIONS, r, "publics_precisions");
        text(row, ExchangeColumns.FRAIS, r, "frais");
        text(row, ExchangeColumns.FRAIS_PRECISIONS, r, "frais_precisions");
        list(row, ExchangeColumns.MODES_ACCUEIL, r, "modes_accueil");
        text(row, ExchangeColumns.CONDITIONS, r, "conditions_acces");
        text(row, ExchangeColumns.CONTACT_NOM, r, "contact_nom_prenom");
        text(row, ExchangeColumns.TELEPHONE, r, "telephone");
        text(row, ExchangeColumns.COURRIEL, r, "courriel");
        return row;
    }

    /** A string or number field as text; anything else (the schema check said so) is left out. */
    private static void text(RawRow row, String header, JsonNode record, String field) {
        JsonNode value = record.get(field);
        if (value != null && (value.isTextual() || value.isNumber())) {
            row.text.put(header, value.asText());
        }
    }

    private static void list(RawRow row, String header, JsonNode record, String field) {
        JsonNode value = record.get(field);
        List<String> values = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(v -> values.add(v.asText()));
        }
        row.lists.put(header, values);
    }
}
