/// <reference types="vite/client" />

declare module 'virtual:pedago-catalogue' {
  const catalogue: import('./sim/types').Catalogue;
  export default catalogue;
}
