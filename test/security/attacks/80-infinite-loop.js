// args: --eval-timeout 3
// expect: --eval-timeout 3 s
while (true) {}
