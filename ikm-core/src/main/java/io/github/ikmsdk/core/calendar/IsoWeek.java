package io.github.ikmsdk.core.calendar;
import java.time.*;
/** stub. */
public final class IsoWeek implements Comparable<IsoWeek> { private IsoWeek(){}
/** s. @param d d @return w */ public static IsoWeek from(LocalDate d){return new IsoWeek();}
@Override public int compareTo(IsoWeek o){return 0;} }
