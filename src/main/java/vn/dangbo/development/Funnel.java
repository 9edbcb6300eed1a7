package vn.dangbo.development;

import java.time.LocalDate;
import java.util.Map;

/**
 * How many people passed each step of development in a period, in an organisation's cells: opened
 * as sources, introduced as outstanding masses, put on the sympathiser list, passed the course,
 * admitted, recognised as official; with the course and admissions by sex, by ethnic group and by
 * the article's categories (Youth Union, militia, teachers, health workers, village officials,
 * women, ethnic minorities).
 */
public record Funnel(
    long organizationId,
    LocalDate from,
    LocalDate to,
    int sources,
    int outstanding,
    int sympathisers,
    int course,
    int admitted,
    int official,
    Map<String, Integer> courseBySex,
    Map<String, Integer> admittedBySex,
    Map<String, Integer> courseByEthnicity,
    Map<String, Integer> admittedByEthnicity,
    Map<String, Integer> courseByCategory,
    Map<String, Integer> admittedByCategory) {}
