// Vite's worker import (vite/client declares it too, but it is not in this project's types).
declare module '*?worker' {
  const WorkerConstructor: new () => Worker;
  export default WorkerConstructor;
}
