/** Soft studio lighting: a warm key from the front-left, a cool fill, a rim from behind, a faint bounce from below (soles). */
export function Lights(): React.JSX.Element {
  return (
    <>
      <hemisphereLight args={['#ffffff', '#b9a89c', 1.1]} />
      <directionalLight position={[1.5, 3, 2.5]} intensity={1.6} color="#fff4e8" />
      <directionalLight position={[-2, 1.5, 1.5]} intensity={0.55} color="#dfe8ff" />
      <directionalLight position={[0, 2.5, -3]} intensity={0.9} color="#ffffff" />
      <directionalLight position={[0.3, -2, 0.6]} intensity={0.45} color="#fff1e6" />
    </>
  );
}
