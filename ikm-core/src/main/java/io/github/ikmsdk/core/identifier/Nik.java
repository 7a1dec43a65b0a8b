package io.github.ikmsdk.core.identifier;
/** stub. */
public final class Nik implements Comparable<Nik> { private final String v; private Nik(String v){this.v=v;}
/** s. @param s s @return n */ public static Nik parse(CharSequence s){return new Nik(s.toString());}
/** v. @return v */ public String value(){return v;}
@Override public int compareTo(Nik o){return v.compareTo(o.v);} }
