// expect: --eval-timeout 3 s
// args: --eval-timeout 3
setTimeout(function again() { setTimeout(again, 0); }, 0);
