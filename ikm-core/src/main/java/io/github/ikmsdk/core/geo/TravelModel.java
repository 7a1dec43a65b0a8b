package io.github.ikmsdk.core.geo;
import java.time.Duration;
/** stub (same semantics as the final model: great circle x road factor at a speed, minutes rounded up). */
public interface TravelModel { /** s. @param a a @param b b @return d */ Duration travelTime(GeoPoint a, GeoPoint b);
/** s. @return s */ static TravelModel roads(){ return of(1.4, 30); }
/** s. @param f f @param v v @return s */ static TravelModel of(double f, double v){ return (a,b)->{ double m=a.distanceMetres(b); return m==0?Duration.ZERO:Duration.ofMinutes((long)Math.ceil(m*f/(v*1000/60))); }; }
/** s. @return s */ static TravelModel none(){ return (a,b)->Duration.ZERO; } }
