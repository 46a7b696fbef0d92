package coop.faireavec.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads BPMN files straight from the top-level processes/ folder, the same files the application deploys. */
final class ProcessFiles {

    static final Path DIR = Path.of("processes");

    private ProcessFiles() {
    }

    static InputStream open(String name) {
        try {
            return Files.newInputStream(DIR.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
