package coop.faireavec.directory;

/** A citation as the experimentation's page shows it: the monograph's address parts, its title and the note. */
public record MonographCitationView(long id, long territoryId, long monographId, String title, String note) {}
