package vn.dangbo.cellreports;

/**
 * What dangbo's own records say of a cell's month, filled into its report: the meetings held and
 * their attendance, the candidates' progress, the dues collected.
 *
 * @param attendancePercent the present among the members expected at the meetings, or null
 * @param inDevelopment the people in development at the month's end, admitted and left not counted
 * @param duesBehind the members with as many months unpaid as the dues alert
 */
public record MonthlyFigures(
    int meetings,
    int regularMeetings,
    int thematicMeetings,
    Integer attendancePercent,
    int absentUnexcused,
    int sources,
    int outstanding,
    int course,
    int admitted,
    int official,
    int inDevelopment,
    int duesMembers,
    long duesDue,
    long duesPaid,
    int duesBehind) {

  /** The figures of several cells added up; the attendance is the mean of those that met. */
  static MonthlyFigures sum(Iterable<MonthlyFigures> all) {
    int meetings = 0, regular = 0, thematic = 0, absent = 0, sources = 0, outstanding = 0;
    int course = 0, admitted = 0, official = 0, pipeline = 0, duesMembers = 0, behind = 0;
    long due = 0, paid = 0;
    int attendanceSum = 0, attendanceCount = 0;
    for (var f : all) {
      meetings += f.meetings;
      regular += f.regularMeetings;
      thematic += f.thematicMeetings;
      absent += f.absentUnexcused;
      sources += f.sources;
      outstanding += f.outstanding;
      course += f.course;
      admitted += f.admitted;
      official += f.official;
      pipeline += f.inDevelopment;
      duesMembers += f.duesMembers;
      due += f.duesDue;
      paid += f.duesPaid;
      behind += f.duesBehind;
      if (f.attendancePercent != null) {
        attendanceSum += f.attendancePercent;
        attendanceCount++;
      }
    }
    return new MonthlyFigures(
        meetings,
        regular,
        thematic,
        attendanceCount == 0 ? null : Math.round((float) attendanceSum / attendanceCount),
        absent,
        sources,
        outstanding,
        course,
        admitted,
        official,
        pipeline,
        duesMembers,
        due,
        paid,
        behind);
  }
}
