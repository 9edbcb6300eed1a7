package vn.dangbo;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;
import vn.dangbo.shared.RefusedException;
import vn.dangbo.shared.TextProblem;

/**
 * One check on every piece of text that comes in, from a form, a query or a JSON body: no markup (a
 * {@code <} that opens a tag), no control or direction-changing characters, at most {@link
 * #MAX_LENGTH} characters. Text is always written to pages escaped and to the database as a
 * parameter, so this is a second wall: hostile text is refused with a message instead of being
 * kept. Passwords are not checked here (any character may be in a password). Days and years are
 * refused outside 1900–2199, where no record of dangbo can fall, and ages outside 0–150.
 */
@Configuration(proxyBeanMethods = false)
@ControllerAdvice
class InputGuard {

  static final int MAX_LENGTH = TextProblem.MAX_LENGTH;

  /** The days dangbo has any business with: from before the Party's founding to far ahead. */
  static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

  static final LocalDate LAST_DAY = LocalDate.of(2199, 12, 31);

  private static LocalDate checked(LocalDate day) {
    if (day != null && (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY))) {
      throw new RefusedException("input.refused.date");
    }
    return day;
  }

  private static final Set<String> FREE_FIELDS =
      Set.of("password", "currentPassword", "newPassword", "repeat");

  /**
   * The message code of what is wrong with the text, or null when it may come in. The check itself
   * is {@link TextProblem}, shared with the import of spreadsheets.
   */
  static String problem(String text) {
    TextProblem problem = TextProblem.of(text);
    return problem == null ? null : "input.refused." + problem.key();
  }

  private static String checked(String text) {
    String problem = problem(text);
    if (problem != null) {
      throw new RefusedException(problem);
    }
    return text;
  }

  /** Form fields and query parameters. */
  @InitBinder
  void guardForms(WebDataBinder binder) {
    binder.registerCustomEditor(
        String.class,
        new PropertyEditorSupport() {
          @Override
          public void setAsText(String text) {
            String problem = problem(text);
            if (problem != null) {
              throw new IllegalArgumentException(problem);
            }
            setValue(text);
          }
        });
    binder.registerCustomEditor(
        LocalDate.class,
        new PropertyEditorSupport() {
          @Override
          public void setAsText(String text) {
            if (text == null || text.isBlank()) {
              setValue(null);
              return;
            }
            LocalDate day;
            try {
              day = LocalDate.parse(text.strip());
            } catch (java.time.format.DateTimeParseException e) {
              throw new IllegalArgumentException("not a day", e);
            }
            if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
              throw new IllegalArgumentException("input.refused.date");
            }
            setValue(day);
          }
        });
    for (var field : FREE_FIELDS) {
      binder.registerCustomEditor(
          String.class,
          field,
          new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
              setValue(text);
            }
          });
    }
  }

  /**
   * Years asked for in a query or a path ({@code year}, and {@code from}/{@code to} where they are
   * years): within the same span as days, so a year no calendar holds is a bad request, not a
   * failure.
   */
  @InitBinder({"year", "from", "to"})
  void guardYears(WebDataBinder binder) {
    guardRange(binder, FIRST_DAY.getYear(), LAST_DAY.getYear());
  }

  /** Ages asked for in a search. */
  @InitBinder({"minAge", "maxAge"})
  void guardAges(WebDataBinder binder) {
    guardRange(binder, 0, 150);
  }

  private static void guardRange(WebDataBinder binder, int lowest, int highest) {
    var editor =
        new PropertyEditorSupport() {
          @Override
          public void setAsText(String text) {
            if (text == null || text.isBlank()) {
              setValue(null);
              return;
            }
            int value;
            try {
              value = Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException("not a number", e);
            }
            if (value < lowest || value > highest) {
              throw new IllegalArgumentException("out of range");
            }
            setValue(value);
          }
        };
    binder.registerCustomEditor(Integer.class, editor);
    binder.registerCustomEditor(int.class, editor);
  }

  /**
   * JSON bodies of the API. Besides the text and days: a list or set given as {@code null} or left
   * out is empty (what it then lacks is refused by the record's own checks with a message), and a
   * {@code null} inside one is a bad request, not a failure further in.
   */
  @Bean
  JacksonModule inputGuardModule() {
    var module =
        new SimpleModule("dangbo-input-guard") {
          @Override
          public void setupModule(SetupContext context) {
            super.setupModule(context);
            var nulls = JsonSetter.Value.construct(Nulls.AS_EMPTY, Nulls.FAIL);
            for (var type : List.of(Collection.class, List.class, Set.class)) {
              context.configOverride(type).setNullHandling(nulls);
            }
          }
        };
    module.addDeserializer(
        String.class,
        new StringDeserializer() {
          @Override
          public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            String field = parser.currentName();
            return field != null && FREE_FIELDS.contains(field) ? text : checked(text);
          }
        });
    module.addDeserializer(
        LocalDate.class,
        new tools.jackson.databind.deser.std.StdDeserializer<LocalDate>(LocalDate.class) {
          /** A day is text of the form 2025-07-01 and nothing else: no time, no array. */
          @Override
          public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(tools.jackson.core.JsonToken.VALUE_STRING)) {
              return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getString().strip();
            if (text.isEmpty()) {
              return null;
            }
            try {
              return checked(LocalDate.parse(text));
            } catch (java.time.format.DateTimeParseException e) {
              throw context.weirdStringException(text, LocalDate.class, "not a day (yyyy-mm-dd)");
            }
          }
        });
    return module;
  }

  /**
   * JSON bodies are read strictly: a field dangbo does not know, a key given twice, a number or a
   * boolean where text is expected, 1.5 for a whole number, a number for an enum, anything after
   * the body are bad requests (400), not guesses.
   */
  @Bean
  JsonMapperBuilderCustomizer strictJson() {
    return builder ->
        builder
            .enable(
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .withCoercionConfig(
                LogicalType.Textual,
                text ->
                    text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }
}
