/**
 * The working-time calendar (hari dan jam kerja, hari libur): weekly working hours with breaks,
 * public holidays and cuti bersama, special-hours periods such as Ramadan, ISO weeks and the weeks
 * of a programme. Start with {@link WorkCalendar}.
 */
@IkmStyle
@NullMarked
package io.github.ikmsdk.core.calendar;

import io.github.ikmsdk.core.internal.IkmStyle;
import org.jspecify.annotations.NullMarked;
