/**
 * The hand-written part of the seed: a three-level category tree with the
 * kinds of products each leaf sells, brands and price ranges per department.
 * Leaves are written "Category name: noun | noun".
 */
export interface Department {
  name: string;
  code: string;
  brands: string[];
  /** Price range in cents (log-uniform between them). */
  priceCents: [number, number];
  children: Record<string, string[]>;
}

export const DEPARTMENTS: Department[] = [
  {
    name: 'Electronics',
    code: 'ELE',
    brands: ['Voltra', 'Nimbus', 'Quasar', 'Helix', 'Aurion'],
    priceCents: [1_499, 249_999],
    children: {
      Computers: ['Laptops: Laptop | Ultrabook', 'Monitors: Monitor | Display', 'Keyboards & Mice: Keyboard | Mouse'],
      'Phones & Tablets': ['Smartphones: Smartphone', 'Tablets: Tablet', 'Phone Accessories: Phone Case | Charger'],
      Audio: ['Headphones: Headphones | Earbuds', 'Speakers: Speaker | Soundbar', 'Microphones: Microphone'],
    },
  },
  {
    name: 'Home & Kitchen',
    code: 'HOM',
    brands: ['Hearthwell', 'Casabella', 'Oakmere', 'Lumen & Co', 'Brightnest'],
    priceCents: [599, 89_999],
    children: {
      Kitchen: [
        'Cookware: Frying Pan | Saucepan | Dutch Oven',
        'Small Appliances: Blender | Kettle | Toaster',
        'Cutlery: Chef Knife | Knife Set',
      ],
      Furniture: [
        'Chairs: Office Chair | Dining Chair',
        'Tables: Coffee Table | Desk',
        'Storage: Bookshelf | Storage Box',
      ],
      'Bed & Bath': [
        'Bedding: Duvet | Pillow | Sheet Set',
        'Towels: Bath Towel | Towel Set',
        'Bath Accessories: Shower Caddy | Bath Mat',
      ],
    },
  },
  {
    name: 'Fashion',
    code: 'FAS',
    brands: ['Northbound', 'Velour', 'Kestrel', 'Mira Lane', 'Urbanite'],
    priceCents: [999, 34_999],
    children: {
      Women: ['Dresses: Dress | Maxi Dress', 'Women’s Shoes: Sneaker | Ankle Boot', 'Handbags: Tote | Crossbody Bag'],
      Men: [
        'Shirts: Oxford Shirt | Polo Shirt',
        'Men’s Shoes: Loafer | Running Shoe',
        'Jackets: Rain Jacket | Denim Jacket',
      ],
      Accessories: ['Watches: Watch', 'Sunglasses: Sunglasses', 'Belts & Wallets: Belt | Wallet'],
    },
  },
  {
    name: 'Sports & Outdoors',
    code: 'SPO',
    brands: ['Summitline', 'Trailforge', 'Peakform', 'Riverstone', 'Ardent'],
    priceCents: [799, 129_999],
    children: {
      Fitness: [
        'Yoga: Yoga Mat | Yoga Block',
        'Weights: Dumbbell Set | Kettlebell',
        'Cardio: Jump Rope | Exercise Bike',
      ],
      Camping: [
        'Tents: Tent | Shelter',
        'Sleeping Bags: Sleeping Bag | Sleeping Pad',
        'Camp Kitchen: Camp Stove | Cooler',
      ],
      Cycling: ['Bikes: Road Bike | Mountain Bike', 'Helmets: Helmet', 'Bike Accessories: Bike Light | Bike Lock'],
    },
  },
  {
    name: 'Books',
    code: 'BOO',
    brands: ['Penwright Press', 'Inkwell House', 'Larkspur Books', 'Meridian'],
    priceCents: [499, 7_999],
    children: {
      Fiction: [
        'Mystery & Thriller: Thriller | Mystery Novel',
        'Science Fiction: Sci-Fi Novel',
        'Literary Fiction: Novel',
      ],
      'Non-fiction': ['Biographies: Biography | Memoir', 'History: History Book', 'Business: Business Book'],
      Children: ['Picture Books: Picture Book', 'Young Adult: YA Novel', 'Early Readers: Early Reader'],
    },
  },
  {
    name: 'Toys & Games',
    code: 'TOY',
    brands: ['Playwise', 'Tinker & Tot', 'Boardroom Games', 'Starling'],
    priceCents: [699, 24_999],
    children: {
      'Board Games': [
        'Strategy Games: Strategy Game',
        'Family Games: Family Game | Party Game',
        'Puzzles: Jigsaw Puzzle',
      ],
      'Building Toys': [
        'Construction Sets: Building Set',
        'Magnetic Tiles: Magnetic Tile Set',
        'Model Kits: Model Kit',
      ],
      'Outdoor Play': [
        'Ride-ons: Scooter | Balance Bike',
        'Water Toys: Water Blaster',
        'Sports Toys: Kids’ Football | Frisbee',
      ],
    },
  },
];

export const INTEREST_TAGS = [
  'running',
  'cooking',
  'gaming',
  'photography',
  'travel',
  'reading',
  'cycling',
  'hiking',
  'music',
  'gardening',
  'fitness',
  'fashion',
  'tech',
  'diy',
  'camping',
  'yoga',
  'movies',
  'coffee',
  'board games',
  'pets',
];

export const PRODUCT_ADJECTIVES = [
  'Pro',
  'Lite',
  'Max',
  'Classic',
  'Essential',
  'Plus',
  'Compact',
  'Deluxe',
  'Eco',
  'Sport',
];

export const ORDER_NOTES = [
  'Please leave the parcel at the front door.',
  'Gift wrap, please.',
  'Call before delivery.',
  'Deliver after 5 pm.',
  'Leave with the neighbour if I am out.',
];
