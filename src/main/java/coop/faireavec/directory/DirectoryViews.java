package coop.faireavec.directory;

import coop.faireavec.directory.DirectoryCodes.Kind;
import coop.faireavec.people.PeopleService;
import coop.faireavec.people.Person;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns records into what pages show: codes into labels (in the request's language, {@link LocaleContextHolder}), and
 * for the public directory only the public fields.
 */
@Component
class DirectoryViews {

    private final DirectoryCodes codes;
    private final PeopleService people;

    DirectoryViews(DirectoryCodes codes, PeopleService people) {
        this.codes = codes;
        this.people = people;
    }

    /**
     * The views of organisations with their live services.
     *
     * @param servicesByStructure each organisation's live services
     * @param publicOnly          for the public directory: the non-public fields are left out
     */
    List<StructureView> of(
            List<Structure> structures,
            Map<Long, List<OfferedService>> servicesByStructure,
            LocalDate today,
            boolean publicOnly) {
        Map<Long, Person> verifiers = publicOnly ? Map.of() : verifiers(structures, servicesByStructure.values());
        return structures.stream()
                .map(s -> structure(
                        s, servicesByStructure.getOrDefault(s.getId(), List.of()), today, publicOnly, verifiers))
                .toList();
    }

    private StructureView structure(
            Structure s, List<OfferedService> services, LocalDate today, boolean publicOnly, Map<Long, Person> names) {
        boolean address = !publicOnly || s.isAddressPublic();
        boolean contact = !publicOnly || s.isContactPublic();
        return new StructureView(
                s.getId(),
                s.getNom(),
                s.getSiret(),
                s.getDescription(),
                address ? s.getAdresse() : null,
                address ? s.getComplementAdresse() : null,
                s.getCodePostal(),
                s.getCommune(),
                address ? s.getLatitude() : null,
                address ? s.getLongitude() : null,
                contact ? s.getTelephone() : null,
                contact ? s.getCourriel() : null,
                s.getSiteWeb(),
                s.getHorairesAccueil(),
                s.getAccessibiliteLieu(),
                codes.labels(Kind.RESEAUX_PORTEURS, s.getReseauxPorteurs()),
                s.getVerifiedOn(),
                name(names, s.getVerifiedById()),
                Staleness.isStale(s.getVerifiedOn(), today),
                services.stream().map(v -> service(v, today, publicOnly, names)).toList(),
                s.getVersion());
    }

    private ServiceView service(OfferedService v, LocalDate today, boolean publicOnly, Map<Long, Person> names) {
        Locale locale = LocaleContextHolder.getLocale();
        boolean contact = !publicOnly || v.isContactPublic();
        return new ServiceView(
                v.getId(),
                v.getNom(),
                v.getDescription(),
                v.getType() == null ? null : codes.label(Kind.TYPES_DE_SERVICES, v.getType(), locale),
                codes.labels(Kind.THEMATIQUES, v.getThematiques(), locale),
                codes.labels(Kind.PUBLICS, v.getPublics(), locale),
                v.getPublicsPrecisions(),
                v.getFrais() == null ? null : codes.label(Kind.FRAIS, v.getFrais(), locale),
                v.getFraisPrecisions(),
                codes.labels(Kind.MODES_ACCUEIL, v.getModesAccueil(), locale),
                v.getConditionsAcces(),
                publicOnly ? null : v.getContactNomPrenom(),
                contact ? v.getTelephone() : null,
                contact ? v.getCourriel() : null,
                v.getVerifiedOn(),
                name(names, v.getVerifiedById()),
                Staleness.isStale(v.getVerifiedOn(), today));
    }

    private Map<Long, Person> verifiers(List<Structure> structures, Collection<List<OfferedService>> services) {
        Set<Long> ids = new HashSet<>();
        Stream.concat(
                        structures.stream().map(Structure::getVerifiedById),
                        services.stream().flatMap(List::stream).map(OfferedService::getVerifiedById))
                .filter(Objects::nonNull)
                .forEach(ids::add);
        return ids.isEmpty() ? Map.of() : people.byIds(ids);
    }

    private static String name(Map<Long, Person> names, Long id) {
        Person p = id == null ? null : names.get(id);
        return p == null ? null : p.getDisplayName();
    }
}
