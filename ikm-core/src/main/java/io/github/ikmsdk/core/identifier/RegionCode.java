package io.github.ikmsdk.core.identifier;
/** stub. */
public final class RegionCode implements Comparable<RegionCode> { private final String v; private RegionCode(String v){this.v=v;}
/** s. @param s s @return n */ public static RegionCode parse(CharSequence s){return new RegionCode(s.toString());}
/** v. @return v */ public String value(){return v;}
@Override public int compareTo(RegionCode o){return v.compareTo(o.v);} }
