package vn.dangbo.evaluations;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where the steps of an evaluation are written: one per step (a step recorded again replaces the
 * earlier one), checking and moving the evaluation's optimistic version.
 */
@Repository
class EvaluationRepository {

  private final JdbcClient jdbc;

  EvaluationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void saveStep(long evaluationId, int version, Evaluation.Recorded recorded) {
    int updated =
        jdbc.sql("update evaluation set version = version + 1 where id = :id and version = :v")
            .param("id", evaluationId)
            .param("v", version)
            .update();
    if (updated == 0) {
      throw new OptimisticLockingFailureException("evaluation " + evaluationId + " changed");
    }
    var assessment = recorded.assessment();
    jdbc.sql(
            """
            insert into evaluation_step (evaluation_id, step, general_points, task_points,
              all_tasks_on_time, exceeding_percent, late_percent, disciplined, shortcomings_fixed,
              grade, comment, entered_by)
            values (:id, :step, :general, :tasks, :onTime, :exceeding, :late, :disciplined,
              :fixed, :grade, :comment, :by)
            on conflict (evaluation_id, step) do update set general_points = excluded.general_points,
              task_points = excluded.task_points, all_tasks_on_time = excluded.all_tasks_on_time,
              exceeding_percent = excluded.exceeding_percent, late_percent = excluded.late_percent,
              disciplined = excluded.disciplined, shortcomings_fixed = excluded.shortcomings_fixed,
              grade = excluded.grade, comment = excluded.comment, entered_by = excluded.entered_by,
              entered_at = now()
            """)
        .param("id", evaluationId)
        .param("step", recorded.step().name())
        .param("general", assessment.generalPoints())
        .param("tasks", assessment.taskPoints())
        .param("onTime", assessment.allTasksOnTime())
        .param("exceeding", assessment.exceedingPercent())
        .param("late", assessment.latePercent())
        .param("disciplined", assessment.disciplined())
        .param("fixed", assessment.shortcomingsFixed())
        .param("grade", recorded.grade().name())
        .param("comment", assessment.comment())
        .param("by", recorded.enteredBy())
        .update();
  }
}
