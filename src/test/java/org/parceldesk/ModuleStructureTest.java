package org.parceldesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package of org.parceldesk is a Spring Modulith module: no cycles, no use of another
 * module's internals, the shared kernel depends on nothing (docs/architecture.md). The committed
 * diagrams under docs/modules must be the ones the code generates; after a change of module
 * dependencies regenerate them with
 * {@code mvn test -Dtest=ModuleStructureTest -Dparceldesk.modules.write-docs=true}.
 */
class ModuleStructureTest {

    private static final Path COMMITTED = Path.of("docs", "modules");
    private static final ApplicationModules MODULES = ApplicationModules.of(ParcelDeskApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void committedModuleDiagramsMatchTheCode() throws IOException {
        boolean write = Boolean.getBoolean("parceldesk.modules.write-docs");
        Path generated = write ? COMMITTED : Path.of("target", "spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();

        assertThat(diagrams(COMMITTED))
                .as("docs/modules is stale: regenerate it (see this test's comment) and commit it")
                .isEqualTo(diagrams(generated));
    }

    private static Map<String, String> diagrams(Path folder) throws IOException {
        Map<String, String> diagrams = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return diagrams;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                // sorted lines: the generator's element order is not stable between runs
                diagrams.put(file.getFileName().toString(),
                        Files.readString(file).lines().map(String::strip).sorted().toList().toString());
            }
        }
        return diagrams;
    }
}
