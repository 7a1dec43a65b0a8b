package io.github.ikmsdk.core.calendar;
import java.time.*;
import java.util.*;
/** stub. */
public final class WorkCalendar { private WorkCalendar(){}
/** s. @param z z @return c */ public static WorkCalendar civilServant(ZoneId z){return new WorkCalendar();}
/** s. @return z */ public ZoneId zone(){return ZoneId.of("UTC");}
/** s. @param d d @return b */ public boolean isWorkingDay(LocalDate d){return true;}
/** s. @param d d @param a a @param b b @return m */ public long workingMinutes(LocalDate d, LocalTime a, LocalTime b){return 0;}
}
