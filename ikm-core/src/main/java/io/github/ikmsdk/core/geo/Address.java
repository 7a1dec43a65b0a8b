package io.github.ikmsdk.core.geo;
/** stub. */
public abstract class Address {
/** s. @param street s @param region r @return a */ public static Address of(String street, io.github.ikmsdk.core.identifier.RegionCode region){ return new Address(){}; } }
