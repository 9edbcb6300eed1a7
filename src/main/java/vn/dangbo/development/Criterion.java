package vn.dangbo.development;

/**
 * What a mentor watches in the person they help, as the article lists it: tasks done, Youth Union
 * work, the movements, the village rules, population and family-planning policy, the law, and
 * staying away from social evils.
 */
public enum Criterion {
  TASKS,
  YOUTH_UNION,
  MOVEMENTS,
  VILLAGE_RULES,
  POPULATION_POLICY,
  LAW,
  SOCIAL_EVILS
}
