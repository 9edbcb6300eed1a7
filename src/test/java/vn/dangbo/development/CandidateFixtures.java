package vn.dangbo.development;

import java.time.LocalDate;
import vn.dangbo.members.Sex;

/**
 * People to open as candidates in tests: by default a young Hmông farmer of the highland cells,
 * born in 2002, grade 9, from an ethnic-minority area, a Youth Union member, a source, no citizen
 * ID. Each test changes what it is about: {@code person("Vàng A Sử", Sex.MALE).born(...).build()}.
 */
public final class CandidateFixtures {

  private CandidateFixtures() {}

  /** A source of the cell from the day. */
  public static NewCandidate source(String name, Sex sex, long cell, LocalDate since) {
    return person(name, sex).cell(cell).since(since).build();
  }

  /** The default person, to change before it is built. */
  public static Person person(String name, Sex sex) {
    return new Person(name, sex);
  }

  /** A person's particulars, changed one at a time. */
  public static final class Person {
    private final String name;
    private final Sex sex;
    private LocalDate born = LocalDate.of(2002, 3, 4);
    private int ethnicity = 8;
    private Integer grade = 9;
    private boolean ethnicArea = true;
    private String occupation = "Làm nương";
    private Long cell;
    private boolean youthUnion = true;
    private Stage stage = Stage.SOURCE;
    private LocalDate since;

    private Person(String name, Sex sex) {
      this.name = name;
      this.sex = sex;
    }

    public Person born(LocalDate day) {
      this.born = day;
      return this;
    }

    public Person ethnicity(int code) {
      this.ethnicity = code;
      return this;
    }

    public Person grade(Integer grade) {
      this.grade = grade;
      return this;
    }

    public Person ethnicArea(boolean ethnicArea) {
      this.ethnicArea = ethnicArea;
      return this;
    }

    public Person occupation(String occupation) {
      this.occupation = occupation;
      return this;
    }

    public Person cell(long cell) {
      this.cell = cell;
      return this;
    }

    public Person youthUnion(boolean youthUnion) {
      this.youthUnion = youthUnion;
      return this;
    }

    public Person stage(Stage stage) {
      this.stage = stage;
      return this;
    }

    public Person since(LocalDate day) {
      this.since = day;
      return this;
    }

    public NewCandidate build() {
      return new NewCandidate(
          name,
          sex,
          born,
          ethnicity,
          null,
          grade,
          ethnicArea,
          occupation,
          null,
          null,
          cell,
          null,
          youthUnion,
          false,
          false,
          false,
          false,
          stage,
          since);
    }
  }
}
