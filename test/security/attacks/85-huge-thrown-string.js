// expect: characters cut
throw "y".repeat(1 << 26);
