package io.github.ikmsdk.core.geo;
import java.time.Duration;
/** stub. */
public interface TravelModel { /** s. @param a a @param b b @return d */ Duration travelTime(GeoPoint a, GeoPoint b);
/** s. @return s */ static TravelModel roads(){ return (a,b)->Duration.ZERO; } }
