package vn.dangbo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(DangboApplication.class);

  @Test
  void modulesRespectTheirBoundaries() {
    modules.verify();
  }

  @Test
  void writesModuleDocumentation() throws Exception {
    var documenter = new Documenter(modules);
    documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

    try (var files =
        java.nio.file.Files.list(java.nio.file.Path.of("target/spring-modulith-docs"))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .contains("components.puml", "module-members.puml", "module-organization.puml");
    }
  }
}
