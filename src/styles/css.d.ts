/** A stylesheet imported for its effect (Vite adds it to the page), here when imported lazily: `import('./x.css')`. */
declare module '*.css';
