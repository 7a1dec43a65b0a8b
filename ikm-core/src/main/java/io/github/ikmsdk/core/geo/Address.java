package io.github.ikmsdk.core.geo;
/** stub. */
public abstract class Address { }
