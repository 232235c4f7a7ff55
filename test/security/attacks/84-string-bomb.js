// expect: characters cut
var s = "x".repeat(1 << 24); throw new Error(s);
